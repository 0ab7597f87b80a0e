// Coffee chats: scheduled from a reply, then "how did it go". Each step is one transaction over
// the chat, its outreach (the status moves with it) and, after the chat, the lessons log and the
// people it led to — so a chat marked held always has its thank-you queued, and a lead is never
// half-added.
import {
  type Chat,
  type CheckedChatDebrief,
  type CheckedScheduleChat,
  type Contact,
  type DayKey,
  EMPTY_ME,
  newContact,
  type Outreach,
} from '../model';
import { abortQuietly, type DB } from './open';
import { withStatus } from './outreach';
import { readSingleton } from './singletons';

const DEFAULT_MINUTES = 30;

/** Whom the chat is with: for an intro request, the person it was about, not the mutual. */
export const metId = (o: Pick<Outreach, 'contactId' | 'aboutId'>): string => o.aboutId ?? o.contactId;

function runtimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function listChats(db: DB): Promise<Chat[]> {
  return db.getAll('chats');
}

export async function getChat(db: DB, outreachId: string): Promise<Chat | null> {
  return (await db.get('chats', outreachId)) ?? null;
}

/** The day, time and place of the chat a reply led to; the outreach becomes "chat scheduled". */
export async function scheduleChat(
  db: DB,
  request: CheckedScheduleChat,
  now: number,
  today: DayKey,
): Promise<{ chat: Chat; outreach: Outreach }> {
  const tx = db.transaction(['outreach', 'chats'], 'readwrite');
  const outreach = await tx.objectStore('outreach').get(request.outreachId);
  if (!outreach) {
    abortQuietly(tx);
    throw new Error('That outreach no longer exists.');
  }
  if (outreach.status === 'chat-held' || outreach.status === 'declined') {
    abortQuietly(tx);
    throw new Error(
      outreach.status === 'chat-held'
        ? 'That chat was held already: log a new message to ask for another.'
        : 'They said no to that one: log a new message to ask again.',
    );
  }
  const chats = tx.objectStore('chats');
  const earlier = await chats.get(outreach.id);
  const chat: Chat = {
    outreachId: outreach.id,
    contactId: metId(outreach),
    notes: '',
    heldAt: null,
    createdAt: now,
    ...earlier,
    day: request.day,
    time: request.time,
    durationMinutes: request.durationMinutes,
    timeZone: request.timeZone,
    where: request.where,
    updatedAt: now,
  };
  const next = withStatus(outreach, 'chat-scheduled', now, today);
  await chats.put(chat);
  await tx.objectStore('outreach').put(next);
  await tx.done;
  return { chat, outreach: next };
}

/**
 * The contact for a lead: the one with that profile (given its door-opener if it had none), or
 * a new one. An introduction makes them warm — they expect the user — a suggestion does not.
 */
async function leadContact(
  contacts: {
    index(name: 'by-url'): { get(key: string): Promise<Contact | undefined> };
    put(c: Contact): Promise<unknown>;
  },
  lead: CheckedChatDebrief['leads'][number],
  openedBy: string,
  now: number,
): Promise<Contact> {
  const known = lead.profileUrl ? await contacts.index('by-url').get(lead.profileUrl) : undefined;
  if (known) {
    if (known.id === openedBy || (known.suggestedBy ?? null) !== null) return known;
    const updated = { ...known, suggestedBy: openedBy, leadKind: lead.kind, updatedAt: now };
    await contacts.put(updated);
    return updated;
  }
  const created = newContact(
    {
      name: lead.name,
      profileUrl: lead.profileUrl,
      company: lead.company || null,
      source: lead.kind === 'introduced' ? 'warm' : 'linkedin',
      suggestedBy: openedBy,
      leadKind: lead.kind,
    },
    now,
  );
  await contacts.put(created);
  return created;
}

/**
 * "How did it go": the outreach is marked "chat held" (which queues the thank-you), the notes
 * kept with the chat, the lesson added to the lessons log, and each lead becomes a contact
 * marked as suggested or introduced by the person met. The chat is held on the day it was
 * scheduled for once that day has come, else today.
 */
export async function debriefChat(
  db: DB,
  request: CheckedChatDebrief,
  now: number,
  today: DayKey,
): Promise<{ chat: Chat; outreach: Outreach; leads: Contact[] }> {
  const tx = db.transaction(['outreach', 'chats', 'contacts', 'singletons'], 'readwrite');
  try {
    const outreach = await tx.objectStore('outreach').get(request.outreachId);
    if (!outreach) throw new Error('That outreach no longer exists.');
    if (outreach.status === 'declined') throw new Error('They said no to that one: there was no chat.');
    const chats = tx.objectStore('chats');
    const earlier = await chats.get(outreach.id);
    const heldDay = earlier && earlier.day <= today ? earlier.day : today;
    const chat: Chat = {
      outreachId: outreach.id,
      contactId: metId(outreach),
      day: heldDay,
      time: null,
      durationMinutes: DEFAULT_MINUTES,
      timeZone: runtimeZone(),
      where: '',
      createdAt: now,
      ...earlier,
      notes: request.notes,
      heldAt: earlier?.heldAt ?? now,
      updatedAt: now,
    };
    const held = outreach.status === 'chat-held' ? outreach : withStatus(outreach, 'chat-held', now, heldDay);
    await chats.put(chat);
    await tx.objectStore('outreach').put(held);

    const contacts = tx.objectStore('contacts');
    const leads: Contact[] = [];
    for (const lead of request.leads) leads.push(await leadContact(contacts, lead, chat.contactId, now));

    if (request.lesson) {
      const singletons = tx.objectStore('singletons');
      const me = (await readSingleton(singletons, 'me')) ?? EMPTY_ME;
      const lesson = { day: heldDay, contactId: chat.contactId, text: request.lesson };
      await singletons.put({ ...me, lessons: [...me.lessons, lesson] }, 'me');
    }
    await tx.done;
    return { chat, outreach: held, leads };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}
