// Numbered schema migrations. Each step takes the database from version N-1 to N inside the
// upgrade transaction, so an interrupted upgrade leaves the old version intact. Never edit a
// shipped step: add the next one, and a test that upgrades a database with data in it.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
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
];

export const DB_VERSION = MIGRATIONS.length;
