// What the handlers need from the world outside the protocol: the database, the clock, the
// toolbar and the content scripts. Injected, so the whole protocol runs in unit tests.
import type { DB } from '../db/open';
import type { ContactView, Settings, TodayView } from '../model';

export interface Ports {
  db: () => Promise<DB>;
  now: () => number;
  /** Called after anything that changes today's numbers. */
  todayChanged: (today: TodayView) => void;
  /** The person on a tab: degree badge and tooltip; `null` when the tab left the profile. */
  tabPerson: (tabId: number, view: ContactView | null) => void;
  /** What the tab shows changed without a profile read (a conversation opened): the side panel follows. */
  tabChanged?: (tabId: number) => void;
  /** Something that changes today's numbers happened outside the log (import, delete, edit). */
  refresh: () => Promise<void>;
  /** Settings changed: mirror what the content script needs. */
  settingsChanged?: (settings: Settings) => void;
  /** The user's data changed: open screens refresh (not called for page reads or drafts). */
  dataChanged?: () => void;
  /** Per-tab memory that survives the worker stopping (storage.session); in memory when absent. */
  memory?: TabMemory;
  /** The content script's texts in the UI language (`words.get`); without it, it asks the i18n API. */
  contentWords?: () => Record<string, string>;
  /** The browser's UI language, for the coach's sentences (English when not given). */
  language?: () => string;
}

/** Per-tab memory that survives the worker stopping: storage.session in the browser. */
export interface TabMemory {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}
