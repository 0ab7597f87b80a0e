// The coach's advice as data: what to send, to whom, and why now. Computed by src/coach, carried
// to every screen in the person's view, so the badge, the popup and the dashboard say the same.
import type { Channel, OutreachKind } from './vocabulary';

/** Another person the user could ask at the same company (a contact, the Top 20, a search seen). */
export interface OtherPerson {
  name: string;
  contactId: string | null;
  profileUrl: string | null;
}

/** What the user does instead of sending a template. */
export type SuggestionAction =
  | 'wait'
  | 'connect-without-note'
  | 'second-person'
  | 'let-go'
  | 'in-conversation';

export interface Suggestion {
  kind: OutreachKind;
  channel: Channel;
  /** Preferred template ids, best first; empty when the advice is to do something else. */
  templateIds: string[];
  /** One line, user-facing. */
  reason: string;
  /** Who receives the message: the person on screen, or the mutual named in `viaMutual`. */
  to: 'person' | 'mutual';
  viaMutual?: string;
  /** The right move is to wait this many business days first (absent: now). */
  waitDays?: number;
  action?: SuggestionAction;
  /** For 'second-person': who to ask instead. */
  other?: OtherPerson;
  /** InMail on a free account: it needs Premium or a trial. */
  needsPremium?: boolean;
}
