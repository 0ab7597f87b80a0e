// The user's data as one versioned JSON file, and back. An import is validated whole before
// anything is written, then merged in one transaction: all of it lands, or none of it.
import { unwrap } from 'idb';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupImportSummary, newContact } from '../model';
import { type BulkOptions, resultsOf, writeAll } from './bulk';
import { abortQuietly, type DB } from './open';
import { receipt } from './receipts';
import { readSingleton } from './singletons';

const BACKUP_STORES = ['contacts', 'outreach', 'opportunities', 'templates', 'chats', 'singletons'] as const;

export async function exportBackup(db: DB, now: number): Promise<Backup> {
  const tx = db.transaction([...BACKUP_STORES]);
  const singletons = tx.objectStore('singletons');
  const [contacts, outreach, opportunities, templates, chats, goal, me, settings, questions] =
    await Promise.all([
      tx.objectStore('contacts').getAll(),
      tx.objectStore('outreach').getAll(),
      tx.objectStore('opportunities').getAll(),
      tx.objectStore('templates').getAll(),
      tx.objectStore('chats').getAll(),
      readSingleton(singletons, 'goal'),
      readSingleton(singletons, 'me'),
      readSingleton(singletons, 'settings'),
      readSingleton(singletons, 'questions'),
    ]);
  await tx.done;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    contacts,
    outreach,
    opportunities,
    templates,
    chats,
    goal,
    me,
    settings,
    questions,
  };
}

export interface BackupImportOptions extends BulkOptions {
  /** Names the stand-in for a person the file's entries point at but the file lacks; `{n}` numbers it. */
  unknownContactName?: string;
  /** Written in the same transaction: after an interruption, it tells whether the import landed. */
  receipt?: string | undefined;
  now?: number;
}

export const UNKNOWN_CONTACT_NAME = 'Unknown contact {n} (from a backup)';

/**
 * Merges a backup without duplicates: a contact already here (same id, or same profile URL) is
 * kept and the backup's outreach is pointed at it; records with ids we have are skipped; the
 * goal, story and settings are taken only where none are set yet. Entries whose person is neither
 * in the file nor here are kept under a stand-in contact per missing person, never dropped.
 *
 * One transaction, so all of it lands or none of it (a failure, a cancel, the worker stopped).
 * What is here is read once up front (keys, not records); the writes are queued without a round
 * trip each (bulk.ts).
 */
export async function importBackup(
  db: DB,
  backup: Backup,
  options: BackupImportOptions = {},
): Promise<BackupImportSummary> {
  const now = options.now ?? Date.now();
  const unknownName = options.unknownContactName ?? UNKNOWN_CONTACT_NAME;
  // Relaxed durability keeps all-or-nothing (one transaction, committed whole or not at all); it
  // only lets the browser report the commit before the disk flush. The file is at hand to repeat.
  const tx = db.transaction([...BACKUP_STORES, 'requests' as const], 'readwrite', { durability: 'relaxed' });
  const summary: BackupImportSummary = {
    contactsAdded: 0,
    contactsMerged: 0,
    outreachAdded: 0,
    outreachSkipped: 0,
    opportunitiesAdded: 0,
    templatesAdded: 0,
    unknownContacts: 0,
    outreachUnderUnknown: 0,
  };
  try {
    const contacts = unwrap(tx.objectStore('contacts'));
    const outreach = unwrap(tx.objectStore('outreach'));
    const opportunities = unwrap(tx.objectStore('opportunities'));
    const templates = unwrap(tx.objectStore('templates'));
    const chats = unwrap(tx.objectStore('chats'));
    const singletons = unwrap(tx.objectStore('singletons'));
    const keys = (store: IDBObjectStore) => store.getAllKeys() as IDBRequest<string[]>;
    const [contactIds, outreachIds, opportunityIds, templateIds, chatIds, singletonKeys] = (
      await resultsOf([
        keys(contacts),
        keys(outreach),
        keys(opportunities),
        keys(templates),
        keys(chats),
        keys(singletons),
      ])
    ).map((list) => new Set(list)) as Set<string>[] as [
      Set<string>,
      Set<string>,
      Set<string>,
      Set<string>,
      Set<string>,
      Set<string>,
    ];

    // A contact we have under another id is found by its profile URL: only the file's new
    // contacts are looked up, all in one wait.
    const byUrl = contacts.index('by-url');
    const unknownUrls = [
      ...new Set(
        backup.contacts.flatMap((c) => (!contactIds.has(c.id) && c.profileUrl ? [c.profileUrl] : [])),
      ),
    ];
    const found = contactIds.size
      ? await resultsOf(unknownUrls.map((url) => byUrl.getKey(url) as IDBRequest<string | undefined>))
      : [];
    const idByUrl = new Map<string, string>();
    unknownUrls.forEach((url, i) => {
      const id = found[i];
      if (id) idByUrl.set(url, id);
    });

    const idMap = new Map<string, string>();
    /** Missing person's id → the last day the file's entries reached them. */
    const unknownDays = new Map<string, string>();

    function* steps(): Generator<IDBRequest | undefined> {
      for (const contact of backup.contacts) {
        const same = contactIds.has(contact.id)
          ? contact.id
          : contact.profileUrl
            ? idByUrl.get(contact.profileUrl)
            : undefined;
        if (same) {
          idMap.set(contact.id, same);
          summary.contactsMerged++;
          yield undefined;
          continue;
        }
        idMap.set(contact.id, contact.id);
        // Two records of the file with one profile URL are one person.
        if (contact.profileUrl) idByUrl.set(contact.profileUrl, contact.id);
        summary.contactsAdded++;
        yield contacts.add(contact);
      }
      // Who opened a door, for the people who now stand under another id.
      for (const contact of backup.contacts) {
        if (idMap.get(contact.id) !== contact.id || !contact.suggestedBy) continue;
        const mapped = idMap.get(contact.suggestedBy) ?? null;
        if (mapped !== contact.suggestedBy)
          yield contacts.put({ ...contact, suggestedBy: mapped, leadKind: mapped ? contact.leadKind : null });
      }
      for (const entry of backup.outreach) {
        if (outreachIds.has(entry.id)) {
          summary.outreachSkipped++;
          yield undefined;
          continue;
        }
        const contactId =
          idMap.get(entry.contactId) ?? (contactIds.has(entry.contactId) ? entry.contactId : null);
        if (contactId === null) {
          // Its person is missing from the file and from here: a stand-in keeps the entry.
          const last = unknownDays.get(entry.contactId);
          if (last === undefined || entry.day > last) unknownDays.set(entry.contactId, entry.day);
          summary.outreachUnderUnknown++;
        }
        summary.outreachAdded++;
        yield outreach.add(
          contactId === null || contactId === entry.contactId ? entry : { ...entry, contactId },
        );
      }
      let n = 0;
      for (const [id, lastContactedOn] of unknownDays) {
        summary.unknownContacts++;
        yield contacts.add(
          newContact(
            { id, name: unknownName.replace('{n}', String(++n)), source: 'imported', lastContactedOn },
            now,
          ),
        );
      }
      for (const opportunity of backup.opportunities) {
        if (opportunityIds.has(opportunity.id)) {
          yield undefined;
          continue;
        }
        summary.opportunitiesAdded++;
        yield opportunities.add({
          ...opportunity,
          contactIds: opportunity.contactIds.map((cid) => idMap.get(cid) ?? cid),
        });
      }
      for (const template of backup.templates) {
        if (templateIds.has(template.id)) {
          yield undefined;
          continue;
        }
        summary.templatesAdded++;
        yield templates.add(template);
      }
      for (const chat of backup.chats ?? []) {
        const contactId = idMap.get(chat.contactId);
        if (contactId && !chatIds.has(chat.outreachId)) yield chats.add({ ...chat, contactId });
      }
      for (const key of ['goal', 'me', 'settings', 'questions'] as const) {
        const value = backup[key];
        if (value && !singletonKeys.has(key)) yield singletons.put(value, key);
      }
      if (options.receipt) yield unwrap(tx.objectStore('requests')).put(receipt(options.receipt, now));
    }
    await writeAll(tx, steps(), options);
    return summary;
  } catch (error) {
    // Any failure (quota, a constraint, a cancel) aborts the one transaction: nothing of the file stays.
    abortQuietly(tx);
    throw error;
  }
}
