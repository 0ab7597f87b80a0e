// Two records of one person become one, whether the upgrade folds together contacts whose URLs
// differed only in case or encoding (oneContactPerProfile in migrations.ts) or the user picks
// "Merge with…" (mergeContacts in collections.ts): the fields by the rules in
// coach/merge-contacts.ts; history, drafts, opportunities and lessons follow the record that
// stays; the Top 20 keeps ranks 1..n. All inside the caller's one transaction. A shipped
// upgrade runs this code: a change here changes what that upgrade does.
import { mergedContact } from '../coach/merge-contacts';
import {
  CoachError,
  type Contact,
  type Draft,
  type Me,
  type Opportunity,
  type Outreach,
  problem,
  type Singletons,
} from '../model';

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
    index(name: 'by-contact' | 'by-about'): { getAll(query: string): Promise<Outreach[]> };
    indexNames: DOMStringList;
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
  if (aId === bId) throw new CoachError(problem('mergeSelf'));
  const [a, b] = [await stores.contacts.get(aId), await stores.contacts.get(bId)];
  if (!a || !b) throw new CoachError(problem('contactGone'));
  const merged = mergedContact(a, b, now, options);
  const gone = merged.id === a.id ? b : a;
  // The other record goes first: the merged one may take its URL, and the URL index is unique.
  await stores.contacts.delete(gone.id);
  await stores.contacts.put(merged);

  for (const entry of await stores.outreach.index('by-contact').getAll(gone.id)) {
    await stores.outreach.put({ ...entry, contactId: merged.id });
  }
  // Messages to someone else about them (an intro request to a mutual). The upgrade that merges
  // old duplicates runs before this index exists, when no entry has an aboutId yet.
  if (stores.outreach.indexNames.contains('by-about')) {
    for (const entry of await stores.outreach.index('by-about').getAll(gone.id)) {
      await stores.outreach.put({ ...entry, aboutId: merged.id });
    }
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
