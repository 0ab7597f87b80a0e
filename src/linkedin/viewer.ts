// Who the viewer is, from the page: the nav's "Me" link. Conversations name the viewer
// everywhere (their own message groups, a11y headings, control labels such as "Close your
// conversation with X and <viewer>"), so the reader must know them to tell "me" from "them".
import { profileUrlInfo } from './profile-url';
import { VIEWER } from './selectors/messaging';

export interface Viewer {
  /** Vanity slug, lower case (LinkedIn treats slugs case-insensitively); null if only a member id is linked. */
  slug: string | null;
  /** Member ids known to be the viewer's (`ACoAA…`), from the nav or the message urns. */
  memberIds: Set<string>;
}

export function readViewer(doc: Document): Viewer | null {
  for (const selector of VIEWER) {
    for (const a of doc.querySelectorAll(selector)) {
      const info = profileUrlInfo(a.getAttribute('href') ?? '');
      if (!info) continue;
      return info.memberId
        ? { slug: null, memberIds: new Set([info.slug]) }
        : { slug: info.slug.toLowerCase(), memberIds: new Set() };
    }
  }
  return null;
}

// `urn:li:msg_message:(urn:li:fsd_profile:<owner>,2-…)`: the owner is the mailbox's, the viewer's,
// on every message whoever wrote it. It identifies the viewer, never a sender.
const OWNER = /fsd_profile:([^,)]+)/;

/** The mailbox owner named by every message urn, when they all agree. */
export function mailboxOwner(messages: readonly Element[]): string | null {
  let owner: string | null = null;
  for (const m of messages) {
    const id = OWNER.exec(m.getAttribute('data-event-urn') ?? '')?.[1];
    if (!id) continue;
    if (owner !== null && owner !== id) return null;
    owner = id;
  }
  return owner;
}
