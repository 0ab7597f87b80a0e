// What the extension notices on LinkedIn pages the user opened — never by visiting, fetching or
// clicking anything itself: a reply in a conversation they opened, and their own click on Send
// after an Insert. A content script may only confirm what the background offered or an
// extension page registered for that same tab; it can never log or mark anything of its own.
import { dayKey } from '../coach/days';
import type { DB } from '../db/open';
import {
  lastAboutFor,
  lastOutreachFor,
  logOutreach,
  outreachForRequest,
  removeOutreach,
  revertStatus,
  setOutreachStatus,
} from '../db/outreach';
import { getSettings } from '../db/singletons';
import type { CheckedLogRequest, Contact, Outreach, PageThread } from '../model';
import type { Ports, TabMemory } from './ports';
import type { Handlers } from './router';

export type NoticeMessage =
  | 'page.thread'
  | 'thread.reply'
  | 'thread.mark'
  | 'thread.unmark'
  | 'send.expect'
  | 'send.seen'
  | 'send.undo'
  | 'outreach.revertStatus'
  | 'request.status';

const NOT_ASKS = new Set(['thank-you', 'intro-update']);

async function contactIn(db: DB, person: PageThread['with'][number]): Promise<Contact | null> {
  if (person.profileUrl) {
    const byUrl = await db.getFromIndex('contacts', 'by-url', person.profileUrl);
    if (byUrl) return byUrl;
  }
  if (!person.name) return null;
  const namesakes = await db.getAllFromIndex('contacts', 'by-name', person.name);
  return namesakes.length === 1 ? (namesakes[0] ?? null) : null;
}

/**
 * The outreach this person's message answers: the ask sent to them, or — when they were asked
 * about through a mutual — the intro request (their first message means the intro was made).
 */
async function awaitingReply(db: DB, contact: Contact): Promise<Outreach | null> {
  const [to, about] = await Promise.all([lastOutreachFor(db, contact.id), lastAboutFor(db, contact.id)]);
  if (to && to.status === 'sent' && !NOT_ASKS.has(to.kind)) return to;
  if (about && about.status === 'sent') return about;
  return null;
}

/** The one person of a one-to-one conversation whose newest message answers a waiting outreach. */
async function replyIn(db: DB, thread: PageThread): Promise<{ contact: Contact; waiting: Outreach } | null> {
  // A group conversation is not a reply to a one-to-one ask.
  const [person] = thread.with;
  if (thread.lastFrom !== 'them' || thread.with.length !== 1 || !person) return null;
  const contact = await contactIn(db, person);
  const waiting = contact ? await awaitingReply(db, contact) : null;
  return contact && waiting ? { contact, waiting } : null;
}

export function createNoticeHandlers(ports: Ports, memory: TabMemory): Pick<Handlers, NoticeMessage> {
  const { db, now } = ports;
  const tabKey = (kind: string, tabId: number | null) => `${kind}:${tabId ?? 'none'}`;
  const changed = () => ports.dataChanged?.();
  return {
    async 'page.thread'({ thread }, { tabId }) {
      // The content script tells only when the conversation on screen changed.
      if (tabId !== null) ports.tabChanged?.(tabId);
      const database = await db();
      const found = await replyIn(database, thread);
      if (!found) return { reply: null };
      const { contact, waiting } = found;
      await memory.set(tabKey('offer', tabId), waiting.id);
      const settings = await getSettings(database);
      if (settings.autoMarkReplies) {
        const at = now();
        await setOutreachStatus(database, waiting.id, 'replied', at, dayKey(at));
        await memory.set(tabKey('marked', tabId), waiting.id);
        changed();
      }
      return { reply: { name: contact.name, outreachId: waiting.id, marked: settings.autoMarkReplies } };
    },
    /** The popup and side panel offer the same "mark as replied" for the conversation on the tab. */
    async 'thread.reply'({ thread }) {
      const found = await replyIn(await db(), thread);
      return found ? { name: found.contact.name, outreachId: found.waiting.id } : null;
    },
    async 'thread.mark'({ outreachId }, { tabId }) {
      if ((await memory.get(tabKey('offer', tabId))) !== outreachId) return { ok: false };
      const at = now();
      await setOutreachStatus(await db(), outreachId, 'replied', at, dayKey(at));
      await memory.set(tabKey('marked', tabId), outreachId);
      return { ok: true };
    },
    async 'thread.unmark'({ outreachId }, { tabId }) {
      if ((await memory.get(tabKey('marked', tabId))) !== outreachId) return { ok: false };
      await revertStatus(await db(), outreachId);
      await memory.remove(tabKey('marked', tabId));
      return { ok: true };
    },
    async 'outreach.revertStatus'({ id }) {
      const result = await revertStatus(await db(), id);
      return result;
    },
    async 'send.expect'({ tabId, request }) {
      const settings = await getSettings(await db());
      if (!settings.logOwnSend) return { watching: false };
      await memory.set(tabKey('expect', tabId), request);
      return { watching: true };
    },
    async 'send.seen'({ requestId }, { tabId }) {
      const expected = await memory.get<CheckedLogRequest>(tabKey('expect', tabId));
      if (!expected || expected.requestId !== requestId) return { logged: null };
      const database = await db();
      const at = now();
      // The same idempotency key as "Log as sent": pressing both logs once.
      const { outreach } = await logOutreach(database, { ...expected, discardDraft: true }, at, dayKey(at));
      await memory.remove(tabKey('expect', tabId));
      await memory.set(tabKey('sent', tabId), requestId);
      ports.refresh();
      changed();
      const contact = await database.get('contacts', outreach.contactId);
      return { logged: { name: contact?.name ?? '', requestId } };
    },
    async 'send.undo'({ requestId }, { tabId }) {
      if ((await memory.get(tabKey('sent', tabId))) !== requestId) return { ok: false };
      const database = await db();
      const entry = await outreachForRequest(database, requestId);
      if (entry) await removeOutreach(database, entry.id, now());
      await memory.remove(tabKey('sent', tabId));
      void ports.refresh();
      return { ok: true };
    },
    async 'request.status'({ requestId }) {
      return outreachForRequest(await db(), requestId);
    },
  };
}
