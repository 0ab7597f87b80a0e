// Reads the open conversation: who is in it, and who wrote each message. Pure: a Document in,
// plain data out. It never reads what anyone wrote: message bodies, list snippets, quick
// replies, options-button labels ("Options for the message from X: <snippet>") and the
// composer are never queried; only group headers (name, links) and class markers are.
import { findOpenConversation, type OpenConversation } from './conversation-scope';
import { queryPreferred } from './scope';
import {
  AVATAR_LINK,
  GROUP_LINK,
  GROUP_META,
  GROUP_NAME,
  HEADER_LINK,
  HEADER_NAME,
  MESSAGE,
  MESSAGE_LIST,
  MESSAGE_ROW,
  OTHER,
} from './selectors/messaging';
import { visibleText } from './text';
import { type Identity, identityFrom, senderByLink, ThreadPeople } from './thread-people';
import type { ConversationRead, Missing, Thread } from './types';
import { mailboxOwner, readViewer, type Viewer } from './viewer';

type Sender = 'me' | 'them';

/** Messages in DOM order, which is oldest to newest: the list is reversed by CSS only. */
function messagesIn(list: Element): Element[] {
  for (const selector of MESSAGE) {
    // A message quoted inside another (a forward, a reply preview) is not one of its own.
    const found = [...list.querySelectorAll(selector)].filter((m) => !m.parentElement?.closest(selector));
    if (found.length) return found;
  }
  return [];
}

// Older builds put the group header in the row around the message rather than inside it.
function headScope(message: Element, list: Element): Element {
  if (message.querySelector(`${GROUP_META}, ${AVATAR_LINK}`)) return message;
  const row = message.closest(MESSAGE_ROW);
  if (!row || !list.contains(row) || row.querySelectorAll(MESSAGE[0]).length > 1) return message;
  return row;
}

/** Who starts a group: only its first message carries a name and links; continuations none. */
function groupHead(message: Element, list: Element): Identity | null {
  const scope = headScope(message, list);
  const meta = scope.querySelector(GROUP_META);
  const nameEl = queryPreferred([meta ?? scope], GROUP_NAME);
  const avatar = scope.querySelector(AVATAR_LINK);
  if (!meta && !nameEl && !avatar) return null;
  const linkOfName = nameEl?.closest('a[href]');
  const nameLink = linkOfName && scope.contains(linkOfName) ? linkOfName : meta?.querySelector(GROUP_LINK);
  const name = nameEl ? visibleText(nameEl) : nameLink ? visibleText(nameLink) : null;
  return identityFrom(name, [nameLink, avatar]);
}

/** The 1:1 header's person; a group's header has no profile link. */
function headerPerson(open: OpenConversation): Identity | null {
  const link = queryPreferred([open.root], HEADER_LINK[open.source]);
  if (!link) return null;
  // The overlay's header link holds the name alone; the page's also holds the presence line.
  const nameEl = open.source === 'page' ? queryPreferred([link], HEADER_NAME) : link;
  return identityFrom(nameEl ? visibleText(nameEl) : null, [link]);
}

function senderOf(
  message: Element,
  head: Identity | null,
  viewer: Viewer,
  carried: Sender | null,
): Sender | null {
  // The `--other` marker is captured on the other party's messages; its absence is not proof.
  const other = message.classList.contains(OTHER);
  if (head) return senderByLink(head, viewer) ?? (other ? 'them' : null);
  return other ? 'them' : carried;
}

function unread(source: ConversationRead['source'], missing: Missing[]): ConversationRead {
  return { source, thread: null, missing };
}

export function readConversation(doc: Document): ConversationRead {
  const scope = findOpenConversation(doc);
  const open = scope.open;
  if (!open) return unread(null, scope.missing);
  const viewer = readViewer(doc);
  if (!viewer) {
    return unread(open.source, [
      { field: 'viewer', reason: 'no link to the viewer’s own profile in the nav' },
    ]);
  }
  const list = queryPreferred([open.root], MESSAGE_LIST);
  if (!list)
    return unread(open.source, [{ field: 'messages', reason: 'no message list in the conversation' }]);
  const messages = messagesIn(list);
  const owner = mailboxOwner(messages);
  if (owner) viewer.memberIds.add(owner);

  const people = new ThreadPeople();
  const header = headerPerson(open);
  if (header && senderByLink(header, viewer) !== 'me') people.add(header);
  const thread: Thread = { with: [], fromMe: 0, fromThem: 0, lastFrom: null };
  let carried: Sender | null = null;
  for (const [i, message] of messages.entries()) {
    const head = groupHead(message, list);
    const sender = senderOf(message, head, viewer, carried);
    if (sender === null) {
      const reason = `message ${i + 1} of ${messages.length}: no link or marker says who wrote it`;
      return unread(open.source, [{ field: 'sender', reason }]);
    }
    if (sender === 'them' && head) people.add(head);
    if (sender === 'me') thread.fromMe++;
    else thread.fromThem++;
    thread.lastFrom = sender;
    carried = sender;
  }
  thread.with = people.list();
  return { source: open.source, thread, missing: [] };
}
