import { conversionWindowStart, type PlanCounts, paceWindow } from '../coach/plan';
import {
  type CheckedLogRequest,
  CoachError,
  type Contact,
  type DayKey,
  type Goal,
  newContact,
  type Outreach,
  type OutreachEdit,
  type OutreachStatus,
  problem,
  type Recipient,
} from '../model';
import { abortQuietly, type DB } from './open';

/** The contact a message to `to` is recorded against: found by profile, else by name, else new. */
async function recipientFor(
  contacts: {
    index(name: 'by-url' | 'by-name'): {
      get(key: string): Promise<Contact | undefined>;
      getAll(key: string): Promise<Contact[]>;
    };
    add(c: Contact): Promise<unknown>;
    put(c: Contact): Promise<unknown>;
  },
  to: Recipient,
  at: number,
): Promise<Contact> {
  const byUrl = to.profileUrl ? await contacts.index('by-url').get(to.profileUrl) : undefined;
  // A mutual is a 1st-degree connection: among namesakes, the one known as such wins.
  const byName = byUrl ? [] : await contacts.index('by-name').getAll(to.name);
  const found = byUrl ?? byName.find((c) => c.degree === 1) ?? byName[0];
  if (found) {
    if (found.degree === 1 || found.userEdited.includes('degree')) return found;
    const known = { ...found, degree: 1 as const, updatedAt: at };
    await contacts.put(known);
    return known;
  }
  const created = newContact({ name: to.name, profileUrl: to.profileUrl, degree: 1, source: 'linkedin' }, at);
  await contacts.add(created);
  return created;
}

/** A moment on `day` for an entry logged after the fact: noon local time, so it sorts on its day. */
function momentOn(day: DayKey, now: number, today: DayKey): number {
  if (day === today) return now;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).getTime();
}

/**
 * Logs one outreach. Idempotent on `requestId`: a double click or a message retried after the
 * worker restarted returns the first entry. Resolves only after the transaction committed, so an
 * acknowledged entry survives the worker being stopped right after. A message to someone else
 * about the person (an intro request to a mutual) is recorded to that someone — created as a
 * contact if need be — and about the person.
 */
export async function logOutreach(
  db: DB,
  request: CheckedLogRequest,
  now: number,
  today: DayKey,
): Promise<{ outreach: Outreach; duplicate: boolean }> {
  const tx = db.transaction(['requests', 'outreach', 'contacts', 'drafts'], 'readwrite');
  const seen = await tx.objectStore('requests').get(request.requestId);
  if (seen) {
    const earlier = await tx.objectStore('outreach').get(seen.outreachId);
    await tx.done;
    if (earlier) return { outreach: earlier, duplicate: true };
    throw new CoachError(problem('outreachRemoved'));
  }
  const contacts = tx.objectStore('contacts');
  const subject = await contacts.get(request.contactId);
  if (!subject) {
    abortQuietly(tx);
    throw new CoachError(problem('contactNotSaved'));
  }
  const recipient = request.to ? await recipientFor(contacts, request.to, now) : subject;
  const aboutId = request.to ? subject.id : request.aboutId;
  const day = request.day ?? today;
  const at = momentOn(day, now, today);
  const outreach: Outreach = {
    id: crypto.randomUUID(),
    contactId: recipient.id,
    kind: request.kind,
    channel: request.channel,
    templateId: request.templateId,
    viaMutual: request.viaMutual ?? (request.to ? recipient.name : null),
    aboutId: aboutId === recipient.id ? null : aboutId,
    at,
    day,
    status: 'sent',
    history: [{ status: 'sent', at, day }],
    heldOn: null,
    degreeAtSend: recipient.degree,
    note: request.note ?? '',
  };
  await tx.objectStore('outreach').add(outreach);
  await tx.objectStore('requests').add({ requestId: request.requestId, outreachId: outreach.id, at: now });
  if (request.discardDraft) await tx.objectStore('drafts').delete(request.contactId);
  if (!recipient.lastContactedOn || recipient.lastContactedOn < day) {
    await contacts.put({ ...recipient, lastContactedOn: day, updatedAt: now });
  }
  await tx.done;
  return { outreach, duplicate: false };
}

/** The entry moved to `status`, the step kept in its history (unchanged when it is there already). */
export function withStatus(current: Outreach, status: OutreachStatus, at: number, day: DayKey): Outreach {
  if (current.status === status) return current;
  return {
    ...current,
    status,
    history: [...current.history, { status, at, day }],
    heldOn: status === 'chat-held' ? day : (current.heldOn ?? null),
  };
}

export async function setOutreachStatus(
  db: DB,
  id: string,
  status: OutreachStatus,
  at: number,
  day: DayKey,
): Promise<Outreach> {
  const tx = db.transaction('outreach', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new CoachError(problem('outreachGone'));
  if (current.status === status) {
    await tx.done;
    return current;
  }
  const next = withStatus(current, status, at, day);
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** Removes an entry (undo) and recomputes the contact's last-contacted day from what remains. */
export async function removeOutreach(db: DB, id: string, now: number): Promise<boolean> {
  const tx = db.transaction(['outreach', 'contacts'], 'readwrite');
  const outreach = tx.objectStore('outreach');
  const entry = await outreach.get(id);
  if (!entry) {
    await tx.done;
    return false;
  }
  await outreach.delete(id);
  const contacts = tx.objectStore('contacts');
  const contact = await contacts.get(entry.contactId);
  if (contact) {
    const rest = await outreach.index('by-contact').getAll(entry.contactId);
    const last = rest.reduce<DayKey | null>((max, o) => (max === null || o.day > max ? o.day : max), null);
    await contacts.put({ ...contact, lastContactedOn: last, updatedAt: now });
  }
  await tx.done;
  return true;
}

const latest = (list: Outreach[]): Outreach | null =>
  list.reduce<Outreach | null>((last, o) => (last === null || o.at > last.at ? o : last), null);

/** The latest message sent to the person. */
export async function lastOutreachFor(db: DB, contactId: string): Promise<Outreach | null> {
  return latest(await db.getAllFromIndex('outreach', 'by-contact', contactId));
}

/** The latest message about the person sent to someone else (an intro request to a mutual). */
export async function lastAboutFor(db: DB, contactId: string): Promise<Outreach | null> {
  return latest(await db.getAllFromIndex('outreach', 'by-about', contactId));
}

/** Outreach actions on one local day: an index count, not a scan. */
export function countActionsOn(db: DB, day: DayKey): Promise<number> {
  return db.countFromIndex('outreach', 'by-day', IDBKeyRange.only(day));
}

export function countChatsHeld(db: DB, from: DayKey, to: DayKey): Promise<number> {
  return db.countFromIndex('outreach', 'by-held', IDBKeyRange.bound(from, to));
}

/** What the plan picture needs, as index range counts over bounded windows: no scan of the log. */
export async function planCounts(db: DB, goal: Goal, today: DayKey): Promise<PlanCounts> {
  const { from } = paceWindow(goal, today);
  const recent = conversionWindowStart(today);
  const tx = db.transaction('outreach');
  const held = tx.store.index('by-held');
  const [inPlan, inWindow, firstHeld, ledToChat, outreachCount] = await Promise.all([
    held.count(IDBKeyRange.bound(goal.startedOn, today)),
    held.count(IDBKeyRange.bound(from, today)),
    held.getKey(IDBKeyRange.upperBound(today)),
    held.count(IDBKeyRange.bound(recent, today)),
    tx.store.index('by-day').count(IDBKeyRange.bound(recent, today)),
  ]);
  return {
    goal,
    today,
    held: inPlan,
    heldInWindow: inWindow,
    anyHeld: firstHeld !== undefined,
    outreachCount,
    outreachLedToChat: ledToChat,
  };
}

export function countInvitations(db: DB, from: DayKey, to: DayKey): Promise<number> {
  return db.countFromIndex(
    'outreach',
    'by-channel-day',
    IDBKeyRange.bound(['invitation', from], ['invitation', to]),
  );
}

export async function listOutreach(
  db: DB,
  query: { contactId?: string; from?: DayKey; to?: DayKey },
): Promise<Outreach[]> {
  if (query.contactId) {
    // A person's history: what was sent to them, and what was sent to others about them.
    const [to, about] = await Promise.all([
      db.getAllFromIndex('outreach', 'by-contact', query.contactId),
      db.getAllFromIndex('outreach', 'by-about', query.contactId),
    ]);
    return [...to, ...about].sort((a, b) => a.at - b.at);
  }
  if (query.from || query.to) {
    return db.getAllFromIndex(
      'outreach',
      'by-day',
      IDBKeyRange.bound(query.from ?? '0000-00-00', query.to ?? '9999-99-99'),
    );
  }
  return db.getAll('outreach');
}

export async function editOutreach(
  db: DB,
  id: string,
  changes: OutreachEdit,
  now: number,
): Promise<Outreach> {
  const tx = db.transaction(['outreach', 'contacts'], 'readwrite');
  const current = await tx.objectStore('outreach').get(id);
  if (!current) throw new CoachError(problem('outreachGone'));
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const next: Outreach = { ...current, ...defined };
  if (changes.day && changes.day !== current.day) {
    // Logged on the wrong day (a call made yesterday): the entry and its "sent" step move.
    next.at = momentOn(changes.day, now, '');
    next.history = current.history.map((step, i) =>
      i === 0 ? { ...step, day: changes.day as DayKey, at: next.at } : step,
    );
    const contact = await tx.objectStore('contacts').get(current.contactId);
    if (contact && (!contact.lastContactedOn || contact.lastContactedOn < changes.day)) {
      await tx.objectStore('contacts').put({ ...contact, lastContactedOn: changes.day, updatedAt: now });
    }
  }
  await tx.objectStore('outreach').put(next);
  await tx.done;
  return next;
}

/** Undoes the last status step (a reply marked by mistake): the one before it is the status again. */
export async function revertStatus(db: DB, id: string): Promise<Outreach> {
  const tx = db.transaction('outreach', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new Error('That outreach no longer exists.');
  if (current.history.length < 2) {
    await tx.done;
    return current;
  }
  const history = current.history.slice(0, -1);
  const previous = history[history.length - 1];
  const next: Outreach = {
    ...current,
    history,
    status: previous?.status ?? 'sent',
    heldOn: history.find((s) => s.status === 'chat-held')?.day ?? null,
  };
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** The entry a "Log as sent" request id created, if it was logged. */
export async function outreachForRequest(db: DB, requestId: string): Promise<Outreach | null> {
  const seen = await db.get('requests', requestId);
  return seen ? ((await db.get('outreach', seen.outreachId)) ?? null) : null;
}
