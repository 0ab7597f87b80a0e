// Two records of one person become one, by the same rules whether the upgrade folds together
// contacts whose URLs differed only in case or encoding, or the user picks "Merge with…": the
// older record keeps its id; history, drafts, opportunities and lessons follow it; notes are
// joined; what the user typed wins over what a page read; the better Top 20 place stays and the
// list keeps ranks 1..n. Everything happens inside the caller's one transaction.
import type { Contact, Draft, Me, Opportunity, Outreach, Singletons } from '../model';
import { abortQuietly, type DB } from './open';

/** Between the two people's notes, so the user sees where one ends. */
export const NOTES_SEPARATOR = '\n\n— — —\n\n';
/** ContactSchema's limit on notes (the merge tests check a merged contact against the schema). */
const NOTES_MAX = 20_000;

/** Taken whole from one record: the one the user corrected, else the fresher page read. */
const PICKED = [
  'name',
  'headline',
  'company',
  'role',
  'degree',
  'mutualCount',
  'mutualNames',
  'relationship',
  'howWeKnow',
  'reach',
  'email',
] as const;

export class NotesTooLongError extends Error {
  constructor() {
    super(
      `Their notes together are longer than ${NOTES_MAX.toLocaleString('en')} characters. Shorten one person's notes, then merge.`,
    );
    this.name = 'NotesTooLongError';
  }
}

const known = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
const edits = (c: Contact, field: string) => (c.userEdited ?? []).includes(field);
const earlier = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));
const better = (a: number | null, b: number | null) => (a !== null && b !== null ? Math.min(a, b) : (a ?? b));

/** The record that keeps its id: the older one (the first on a tie). */
export function keeperOf(a: Contact, b: Contact): [keep: Contact, other: Contact] {
  return (a.createdAt ?? 0) <= (b.createdAt ?? 0) ? [a, b] : [b, a];
}

function joinNotes(first: string, second: string, cutLongNotes: boolean): string {
  if (!second.trim() || first.includes(second)) return first;
  if (!first.trim() || second.includes(first)) return second;
  const joined = `${first}${NOTES_SEPARATOR}${second}`;
  if (joined.length <= NOTES_MAX) return joined;
  if (!cutLongNotes) throw new NotesTooLongError();
  return `${joined.slice(0, NOTES_MAX - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** One contact from two, by the rules above. Pure. */
export function mergedContact(
  a: Contact,
  b: Contact,
  now: number,
  { cutLongNotes = false }: { cutLongNotes?: boolean } = {},
): Contact {
  const [keep, other] = keeperOf(a, b);
  const [fresher, staler] = (other.updatedAt ?? 0) > (keep.updatedAt ?? 0) ? [other, keep] : [keep, other];
  const picked: Partial<Contact> = {};
  for (const field of PICKED) {
    const edited = [keep, other].filter((c) => edits(c, field));
    const from =
      edited.length === 1
        ? (edited[0] as Contact)
        : edited.length === 2 || known(fresher[field])
          ? fresher
          : staler;
    Object.assign(picked, { [field]: from[field] });
  }
  return {
    ...keep,
    ...picked,
    profileUrl: keep.profileUrl ?? other.profileUrl,
    top20Rank: better(keep.top20Rank ?? null, other.top20Rank ?? null),
    connectedOn: earlier(keep.connectedOn ?? null, other.connectedOn ?? null),
    lastContactedOn: later(keep.lastContactedOn ?? null, other.lastContactedOn ?? null),
    notes: joinNotes(keep.notes ?? '', other.notes ?? '', cutLongNotes),
    userEdited: [...new Set([...(keep.userEdited ?? []), ...(other.userEdited ?? [])])],
    updatedAt: now,
  };
}

interface KeyedStore<V> {
  get(key: string): Promise<V | undefined>;
  getAll(): Promise<V[]>;
  put(value: V): Promise<unknown>;
  delete(key: string): Promise<void>;
}

/** The stores a merge writes, from a readwrite transaction or the upgrade's. */
export interface MergeStores {
  contacts: KeyedStore<Contact> & { index(name: 'by-top20'): { getAll(): Promise<Contact[]> } };
  outreach: KeyedStore<Outreach> & {
    index(name: 'by-contact'): { getAll(query: string): Promise<Outreach[]> };
  };
  drafts: KeyedStore<Draft>;
  opportunities: KeyedStore<Opportunity>;
  singletons: {
    get(key: 'me'): Promise<Singletons[keyof Singletons] | undefined>;
    put(value: Me, key: 'me'): Promise<unknown>;
  };
}

export const MERGE_STORES = ['contacts', 'outreach', 'drafts', 'opportunities', 'singletons'] as const;

/** Ranks 1..n in their current order (ties by name, as the Top 20 list shows them). */
async function closeTop20Gaps(contacts: MergeStores['contacts'], now: number): Promise<void> {
  const ranked = (await contacts.index('by-top20').getAll()).sort(
    (x, y) => (x.top20Rank ?? 0) - (y.top20Rank ?? 0) || x.name.localeCompare(y.name),
  );
  for (const [i, contact] of ranked.entries()) {
    if (contact.top20Rank !== i + 1) await contacts.put({ ...contact, top20Rank: i + 1, updatedAt: now });
  }
}

/**
 * Merges the contacts `aId` and `bId` inside an open transaction over MERGE_STORES and returns
 * the one that stays. Both are read afresh, so a caller folding several records in a row never
 * writes back a rank it read before the last merge moved it.
 */
export async function mergeInto(
  stores: MergeStores,
  aId: string,
  bId: string,
  now: number,
  options: { cutLongNotes?: boolean } = {},
): Promise<Contact> {
  if (aId === bId) throw new Error('A contact cannot be merged with itself.');
  const [a, b] = [await stores.contacts.get(aId), await stores.contacts.get(bId)];
  if (!a || !b) throw new Error('That contact no longer exists.');
  const merged = mergedContact(a, b, now, options);
  const gone = merged.id === a.id ? b : a;
  // The other record goes first: the merged one may take its URL, and the URL index is unique.
  await stores.contacts.delete(gone.id);
  await stores.contacts.put(merged);

  for (const entry of await stores.outreach.index('by-contact').getAll(gone.id)) {
    await stores.outreach.put({ ...entry, contactId: merged.id });
  }
  const [kept, moved] = [await stores.drafts.get(merged.id), await stores.drafts.get(gone.id)];
  if (moved) {
    // One draft per person: the one worked on last.
    if (!kept || moved.updatedAt > kept.updatedAt) await stores.drafts.put({ ...moved, key: merged.id });
    await stores.drafts.delete(gone.id);
  }
  for (const o of await stores.opportunities.getAll()) {
    if (!o.contactIds.includes(gone.id)) continue;
    const contactIds = [...new Set(o.contactIds.map((id) => (id === gone.id ? merged.id : id)))];
    await stores.opportunities.put({ ...o, contactIds });
  }
  const me = (await stores.singletons.get('me')) as Me | undefined;
  if (me?.lessons?.some((l) => l.contactId === gone.id)) {
    const lessons = me.lessons.map((l) => (l.contactId === gone.id ? { ...l, contactId: merged.id } : l));
    await stores.singletons.put({ ...me, lessons }, 'me');
  }
  await closeTop20Gaps(stores.contacts, now);
  return (await stores.contacts.get(merged.id)) ?? merged;
}

/** The user's "Merge with…": one transaction, so a failure leaves both people as they were. */
export async function mergeContacts(
  db: DB,
  aId: string,
  bId: string,
  now: number,
): Promise<{ contact: Contact; removedId: string }> {
  const tx = db.transaction([...MERGE_STORES], 'readwrite');
  try {
    const stores: MergeStores = {
      contacts: tx.objectStore('contacts'),
      outreach: tx.objectStore('outreach'),
      drafts: tx.objectStore('drafts'),
      opportunities: tx.objectStore('opportunities'),
      singletons: tx.objectStore('singletons'),
    };
    const contact = await mergeInto(stores, aId, bId, now);
    await tx.done;
    return { contact, removedId: contact.id === aId ? bId : aId };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}
