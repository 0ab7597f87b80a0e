// What a shipped template declares in its front matter (templates/*.hbs), as the popup and the
// coach read it to pick a message. Shared by the build plugin and the runtime library.
import type { Channel, OutreachKind } from '../model';

export const WARMTHS = ['warm', 'linkedin'] as const;
export type Warmth = (typeof WARMTHS)[number];

export interface ShippedMeta {
  /** Equals the file name without `.hbs`. */
  id: string;
  title: string;
  kind: OutreachKind;
  channel: Channel;
  /** One line: when this message fits. */
  fits: string;
  /** LinkedIn's cap for this channel (200/300 invitation notes, 1900 InMail, 8000 message). */
  maxLength: number | null;
  warmth: Warmth;
  /** For warm ties: friend-or-relative, colleague-or-manager, teacher; on LinkedIn: degrees "1", "2", "3". */
  audience: string[];
  /** The companion message, e.g. the intro request and its forwardable blurb. */
  pairsWith: string | null;
}

/** A shipped template as the editor sees it: its description and Handlebars sources. */
export interface ShippedTemplate {
  /** The language this version is in. */
  locale: string;
  meta: ShippedMeta;
  source: string;
  subjectSource: string | null;
  /** Every path the template reads, found at build time. */
  variables: string[];
}
