// A stand-in for the WebExtension API in unit tests of the popup and dashboard: i18n answers
// from the real locale files in the language a test chose (setUiLanguage), and
// runtime.sendMessage goes through the real router and handlers over fake-indexeddb — so a UI
// test exercises the whole path except the browser itself.
import '../db/fresh';
import { readLocales } from '../../../build/locales';
import { createHandlers } from '../../../src/background/handlers';
import { route } from '../../../src/background/router';
import { openDatabase } from '../../../src/db/open';

const locales = readLocales();

export type UiLanguage = 'en' | 'de' | 'fr' | 'es';
const ui = { language: 'en' as UiLanguage };

/** Every key the UI asked for that no locale file has (the screen shows the key itself). */
export const i18nMisses = new Set<string>();

/**
 * The browser's UI language from now on, as if Chrome ran with `--lang`: getMessage answers
 * from that language's locale files, getUILanguage names it, and the background's coach and
 * error words follow. Set it back with `setUiLanguage('en')` after the test.
 */
export function setUiLanguage(language: UiLanguage): void {
  ui.language = language;
  i18nMisses.clear();
}

export function currentUiLanguage(): UiLanguage {
  return ui.language;
}
const SELF = { id: 'test-extension', origin: 'chrome-extension://test-extension/' };
const PAGE = { id: SELF.id, url: `${SELF.origin}src/dashboard/index.html` };

export const clock = { now: new Date(2026, 10, 22, 10, 0).getTime() };

type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const storageListeners = new Set<StorageListener>();
const stored: Record<string, unknown> = {};
const storage = {
  local: {
    get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
    set: async (items: Record<string, unknown>) => {
      Object.assign(stored, items);
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
      for (const listener of storageListeners) listener(changes, 'local');
    },
  },
  onChanged: {
    addListener: (listener: StorageListener) => void storageListeners.add(listener),
    removeListener: (listener: StorageListener) => void storageListeners.delete(listener),
  },
};

const handlers = createHandlers({
  db: openDatabase,
  now: () => clock.now,
  todayChanged: () => {},
  tabPerson: () => {},
  refresh: async () => {},
  // As in the real background: every open screen hears that the data changed.
  dataChanged: () => void storage.local.set({ dataChangedAt: clock.now }),
  language: () => ui.language,
});

function getMessage(key: string, substitutions: string | string[] = []): string {
  const entry = locales.get(ui.language)?.[key];
  if (!entry) {
    i18nMisses.add(key);
    return '';
  }
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** What the background words its refusals with: the same locale files, in the same language. */
const words = {
  message: getMessage,
  get locale() {
    return ui.language;
  },
};

export const opened: string[] = [];

/** What the user answers when the extension asks for an optional permission. */
export const permissionAnswer = { grant: true, asked: [] as string[][] };

export const fakeBrowser = {
  runtime: {
    id: SELF.id,
    getURL: (path: string) => SELF.origin + path,
    sendMessage: (message: unknown) => route(message, PAGE, SELF, handlers, () => {}, words),
    openOptionsPage: async () => void opened.push('options'),
    onMessage: { addListener() {}, removeListener() {} },
  },
  i18n: { getMessage, getUILanguage: () => ui.language },
  storage,
  permissions: {
    request: async ({ permissions }: { permissions: string[] }) => {
      permissionAnswer.asked.push(permissions);
      return permissionAnswer.grant;
    },
    remove: async () => true,
  },
  tabs: {
    query: async () => [],
    get: async () => null,
    sendMessage: async () => {
      throw new Error('no content script in unit tests');
    },
    create: async ({ url }: { url: string }) => void opened.push(url),
  },
};

/** `vi.mock('…/src/platform/browser', () => browserModule)` */
export const browserModule = { browser: fakeBrowser };
