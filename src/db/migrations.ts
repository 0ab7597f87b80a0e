// Numbered schema migrations. Each step takes the database from version N-1 to N inside the
// upgrade transaction, so an interrupted upgrade leaves the old version intact. Never edit a
// shipped step: add the next one, and a test that upgrades a database with data in it.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { type Contact, canonicalProfileKey, newContact } from '../model';
import { mergeInto } from './merge-contacts';
import { repairDaysMigration } from './repair-days';
import type { CoachDB } from './schema';

type UpgradeTx = IDBPTransaction<CoachDB, StoreNames<CoachDB>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<CoachDB>, tx: UpgradeTx) => void | Promise<void>;

export const MIGRATIONS: Migration[] = [
  // 1: the first schema.
  (db) => {
    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    // Unique: one contact per canonical profile URL. Warm contacts have a null URL, which
    // IndexedDB leaves out of the index, so any number of them can exist.
    contacts.createIndex('by-url', 'profileUrl', { unique: true });
    contacts.createIndex('by-top20', 'top20Rank');
    contacts.createIndex('by-last-contacted', 'lastContactedOn');

    const outreach = db.createObjectStore('outreach', { keyPath: 'id' });
    // Today's and this week's counts are range counts over the local day, never full scans.
    outreach.createIndex('by-day', 'day');
    outreach.createIndex('by-contact', 'contactId');
    outreach.createIndex('by-held', 'heldOn');
    outreach.createIndex('by-channel-day', ['channel', 'day']);

    db.createObjectStore('requests', { keyPath: 'requestId' }).createIndex('by-at', 'at');
    db.createObjectStore('opportunities', { keyPath: 'id' }).createIndex('by-stage', 'stage');
    db.createObjectStore('templates', { keyPath: 'id' });
    db.createObjectStore('drafts', { keyPath: 'key' });
    db.createObjectStore('singletons');
  },
  // 2: each outreach remembers the degree the person had when it was sent, so reply rates by
  // degree stay true after an invitation is accepted. Backfilled from the contact's last degree.
  async (_db, tx) => {
    const contacts = tx.objectStore('contacts');
    let cursor = await tx.objectStore('outreach').openCursor();
    while (cursor) {
      if (cursor.value.degreeAtSend === undefined) {
        const contact = await contacts.get(cursor.value.contactId);
        await cursor.update({ ...cursor.value, degreeAtSend: contact?.degree ?? null });
      }
      cursor = await cursor.continue();
    }
  },
  // 3: days stored by versions that checked only their digits (2026-02-30) become real days.
  repairDaysMigration,
  // 4: a profile URL's slug is one key whatever its case or encoding (`/in/Jane-Doe/` and
  // `/in/jane-doe/` were two people): see oneContactPerProfile below.
  oneContactPerProfile,
  // 5: a message can be to one person and about another: see addressIntroRequests below.
  addressIntroRequests,
  // 6: coffee chats have a record of their own: see addChats below.
  addChats,
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Contacts whose URLs are equal once respelt canonically become one, by the rules of "Merge
 * with…" (the oldest keeps its id, history and Top 20 place follow it); then every URL is
 * respelt. Each group is settled before the next: its other records are deleted before the one
 * that stays takes the canonical spelling, and no other group can spell its URL that way, so
 * the unique URL index never sees two records with one URL.
 */
export async function oneContactPerProfile(_db: IDBPDatabase<CoachDB>, tx: UpgradeTx): Promise<void> {
  const now = Date.now();
  const contacts = tx.objectStore('contacts');
  const groups = new Map<string, Contact[]>();
  for (const contact of await contacts.getAll()) {
    if (!contact.profileUrl) continue;
    const url = canonicalProfileKey(contact.profileUrl);
    groups.set(url, [...(groups.get(url) ?? []), contact]);
  }
  const stores = {
    contacts,
    outreach: tx.objectStore('outreach'),
    drafts: tx.objectStore('drafts'),
    opportunities: tx.objectStore('opportunities'),
    singletons: tx.objectStore('singletons'),
  };
  for (const [url, group] of groups) {
    if (group.length === 1 && group[0]?.profileUrl === url) continue;
    group.sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0) || (a.id < b.id ? -1 : 1));
    const [oldest, ...others] = group as [Contact, ...Contact[]];
    // An upgrade cannot ask the user: notes too long for one record are cut, never refused.
    for (const other of others) await mergeInto(stores, oldest.id, other.id, now, { cutLongNotes: true });
    const kept = await contacts.get(oldest.id);
    if (kept && kept.profileUrl !== url) await contacts.put({ ...kept, profileUrl: url });
  }
}

/**
 * A message can be to one person and about another. An intro request goes to the mutual
 * (contactId) and is about the person to meet (aboutId); older versions logged it against the
 * person to meet, with the mutual's name only. Those entries move to the mutual — found by
 * name, or created as a 1st-degree contact — so follow-ups and stats go to who was written to.
 */
export async function addressIntroRequests(_db: IDBPDatabase<CoachDB>, tx: UpgradeTx): Promise<void> {
  const contacts = tx.objectStore('contacts');
  contacts.createIndex('by-name', 'name');
  const outreach = tx.objectStore('outreach');
  outreach.createIndex('by-about', 'aboutId');
  const mutualNamed = async (name: string, at: number): Promise<Contact> => {
    const namesakes = await contacts.index('by-name').getAll(name);
    const found = namesakes.find((c) => c.degree === 1) ?? namesakes[0];
    if (found) return found;
    const created = newContact({ name, degree: 1, source: 'linkedin' }, at);
    await contacts.add(created);
    return created;
  };
  const moved: { targetId: string; day: string }[] = [];
  let cursor = await outreach.openCursor();
  while (cursor) {
    const entry = cursor.value;
    const misaddressed =
      entry.kind === 'intro-request' && entry.viaMutual && (entry.aboutId ?? null) === null;
    if (misaddressed && entry.viaMutual) {
      const mutual = await mutualNamed(entry.viaMutual, entry.at);
      await cursor.update({ ...entry, contactId: mutual.id, aboutId: entry.contactId, degreeAtSend: 1 });
      if (!mutual.lastContactedOn || mutual.lastContactedOn < entry.day) {
        await contacts.put({ ...mutual, lastContactedOn: entry.day });
      }
      moved.push({ targetId: entry.contactId, day: entry.day });
    } else if (entry.aboutId === undefined) {
      await cursor.update({ ...entry, aboutId: null });
    }
    cursor = await cursor.continue();
  }
  // The person to meet was not written to: their last-contacted day comes from what was.
  for (const { targetId, day } of moved) {
    const target = await contacts.get(targetId);
    if (!target || target.lastContactedOn !== day || target.userEdited.includes('lastContactedOn')) continue;
    const direct = await outreach.index('by-contact').getAll(targetId);
    const last = direct.reduce<string | null>((max, o) => (max === null || o.day > max ? o.day : max), null);
    await contacts.put({ ...target, lastContactedOn: last });
  }
}

/**
 * A store for the chats (when, where, the notes after), keyed by the outreach each grew from.
 * Contacts gain their lead fields (who suggested or introduced them) without a rewrite: a
 * record stored before has neither, which every reader takes as "nobody" — the schema's
 * default — so an upgrade of thousands of imported contacts writes nothing.
 */
export function addChats(db: IDBPDatabase<CoachDB>): void {
  const chats = db.createObjectStore('chats', { keyPath: 'outreachId' });
  chats.createIndex('by-contact', 'contactId');
  chats.createIndex('by-day', 'day');
}
