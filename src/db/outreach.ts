import { conversionWindowStart, type PlanCounts, paceWindow } from '../coach/plan';
import type { DayKey, Goal, LogRequest, Outreach, OutreachEdit, OutreachStatus } from '../model';
import { abortQuietly, type DB } from './open';

/**
 * Logs one outreach. Idempotent on `requestId`: a double click or a message retried after the
 * worker restarted returns the first entry. Resolves only after the transaction committed, so an
 * acknowledged entry survives the worker being stopped right after.
 */
export async function logOutreach(
  db: DB,
  request: LogRequest,
  at: number,
  day: DayKey,
): Promise<{ outreach: Outreach; duplicate: boolean }> {
  const tx = db.transaction(['requests', 'outreach', 'contacts'], 'readwrite');
  const seen = await tx.objectStore('requests').get(request.requestId);
  if (seen) {
    const earlier = await tx.objectStore('outreach').get(seen.outreachId);
    await tx.done;
    if (earlier) return { outreach: earlier, duplicate: true };
    throw new Error('That entry was logged and then removed.');
  }
  const contact = await tx.objectStore('contacts').get(request.contactId);
  if (!contact) {
    abortQuietly(tx);
    throw new Error('Save the contact before logging an outreach to them.');
  }
  const outreach: Outreach = {
    id: crypto.randomUUID(),
    contactId: request.contactId,
    kind: request.kind,
    channel: request.channel,
    templateId: request.templateId,
    viaMutual: request.viaMutual,
    at,
    day,
    status: 'sent',
    history: [{ status: 'sent', at, day }],
    heldOn: null,
    degreeAtSend: contact.degree,
    note: request.note ?? '',
  };
  await tx.objectStore('outreach').add(outreach);
  await tx.objectStore('requests').add({ requestId: request.requestId, outreachId: outreach.id, at });
  if (!contact.lastContactedOn || contact.lastContactedOn < day) {
    await tx.objectStore('contacts').put({ ...contact, lastContactedOn: day, updatedAt: at });
  }
  await tx.done;
  return { outreach, duplicate: false };
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
  if (!current) throw new Error('That outreach no longer exists.');
  if (current.status === status) {
    await tx.done;
    return current;
  }
  const next: Outreach = {
    ...current,
    status,
    history: [...current.history, { status, at, day }],
    heldOn: status === 'chat-held' ? day : (current.heldOn ?? null),
  };
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

export async function lastOutreachFor(db: DB, contactId: string): Promise<Outreach | null> {
  const all = await db.getAllFromIndex('outreach', 'by-contact', contactId);
  return all.reduce<Outreach | null>((latest, o) => (latest === null || o.at > latest.at ? o : latest), null);
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
  if (query.contactId) return db.getAllFromIndex('outreach', 'by-contact', query.contactId);
  if (query.from || query.to) {
    return db.getAllFromIndex(
      'outreach',
      'by-day',
      IDBKeyRange.bound(query.from ?? '0000-00-00', query.to ?? '9999-99-99'),
    );
  }
  return db.getAll('outreach');
}

export async function editOutreach(db: DB, id: string, changes: OutreachEdit): Promise<Outreach> {
  const tx = db.transaction('outreach', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new Error('That outreach no longer exists.');
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const next = { ...current, ...defined };
  await tx.store.put(next);
  await tx.done;
  return next;
}
