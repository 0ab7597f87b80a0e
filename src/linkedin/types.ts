// What the page readers return. Plain data only, so the content script can post it to the
// background and the inspector CLI can print it as JSON.
import type { Degree } from '../model';

export type FrontEnd = 'ember' | 'sdui' | 'unknown';

/** A field the reader could not find, and why. Readers never guess a value instead. */
export interface Missing {
  field: string;
  reason: string;
}

export interface ProfileRead {
  frontEnd: FrontEnd;
  /** Canonical `https://www.linkedin.com/in/<slug>/`. */
  profileUrl: string | null;
  name: string | null;
  headline: string | null;
  /** Current company. */
  company: string | null;
  /** 1 | 2 | 3 (3rd or beyond) | null when none is shown (own profile, out of network). */
  degree: Degree | null;
  /** The viewer's own profile. */
  self: boolean;
  /** 0 when the page shows no mutual-connections link. */
  mutualCount: number;
  /** Exactly as displayed (SDUI shows first names only). */
  mutualNames: string[];
  /** Absolute link to the full list of mutual connections. */
  mutualsUrl: string | null;
  canConnect: boolean;
  /** An invitation is already out. */
  pending: boolean;
  /** LinkedIn offers a free message to 1st-degree connections only. */
  canMessageFree: boolean;
  /** From an open invitation dialog (`maxlength` or the "0/200" counter), else null. */
  inviteNoteLimit: number | null;
  missing: Missing[];
  /** False when the page has none of the expected top-card markup. */
  readable: boolean;
}

export interface SearchResult {
  name: string;
  /** Null for "LinkedIn Member" rows (out of network, no profile link). */
  profileUrl: string | null;
  degree: Degree | null;
  mutualCount: number;
  mutualNames: string[];
}

export interface SearchRead {
  frontEnd: FrontEnd;
  results: SearchResult[];
  missing: Missing[];
}

export interface Mutuals {
  count: number;
  names: string[];
  url: string | null;
}

/** Someone in a conversation other than the viewer. */
export interface ThreadPerson {
  /** As the conversation shows it; null if no name was readable. */
  name: string | null;
  /** Vanity `https://www.linkedin.com/in/<slug>/` only: null where the page links a member id alone. */
  profileUrl: string | null;
}

/** The open conversation, never its words: who is in it and who wrote how many messages. */
export interface Thread {
  with: ThreadPerson[];
  fromMe: number;
  fromThem: number;
  /** Who wrote the newest message; null when no message is shown. */
  lastFrom: 'me' | 'them' | null;
}

export interface ConversationRead {
  /** Where the open conversation is: the messaging page, the overlay bubble, or none open. */
  source: 'page' | 'overlay' | null;
  /** Null when none is open, or when it could not be read (then `missing` says why). */
  thread: Thread | null;
  missing: Missing[];
}
