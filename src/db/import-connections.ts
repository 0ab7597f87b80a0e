// Seeds contacts from LinkedIn's own Connections.csv export: every row is a 1st-degree
// connection with the day the tie began, which is what finds the old ties worth a reconnect.
// One transaction: an import that fails or is interrupted leaves nothing half-done.
import { unwrap } from 'idb';
import { type ConnectionRow, type ConnectionsSummary, type Contact, newContact } from '../model';
import { type BulkOptions, writeAll } from './bulk';
import { abortQuietly, type DB } from './open';
import { receipt } from './receipts';

export interface ConnectionsImportOptions extends BulkOptions {
  /** Written in the same transaction: after an interruption, it tells whether the import landed. */
  receipt?: string | undefined;
}

const nameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

export async function importConnections(
  db: DB,
  rows: ConnectionRow[],
  now: number,
  options: ConnectionsImportOptions = {},
): Promise<ConnectionsSummary> {
  // Relaxed durability: the import is still all-or-nothing (one transaction); it only lets the
  // browser skip a disk flush before reporting completion.
  const tx = db.transaction(['contacts', 'requests'], 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore('contacts');
  // Thousands of requests: queued on the raw store, never a promise or a round trip each.
  const raw = unwrap(store);
  const summary: ConnectionsSummary = { added: 0, updated: 0, unchanged: 0 };
  try {
    // Merging needs the records themselves; an empty store (the first import) costs nothing here.
    const all = (await store.count()) ? await store.getAll() : [];
    const byUrl = new Map(all.filter((c) => c.profileUrl).map((c) => [c.profileUrl as string, c]));
    // Older exports have no URL column: fall back to the exact name, never to a fuzzy guess.
    const byName = new Map(all.map((c) => [nameKey(c.name), c]));
    function* steps(): Generator<IDBRequest | undefined> {
      for (const row of rows) {
        const name = `${row.firstName} ${row.lastName}`.trim();
        if (!name) {
          yield undefined;
          continue;
        }
        const existing =
          (row.profileUrl && byUrl.get(row.profileUrl)) ||
          (!row.profileUrl ? byName.get(nameKey(name)) : undefined);
        if (existing) {
          const next = merge(existing, row, now);
          if (next === existing) {
            summary.unchanged++;
            yield undefined;
          } else {
            summary.updated++;
            yield raw.put(next);
          }
          continue;
        }
        const contact = newContact(
          {
            name,
            profileUrl: row.profileUrl,
            company: row.company || null,
            role: row.position || null,
            email: row.email,
            degree: 1,
            connectedOn: row.connectedOn,
            source: 'imported',
          },
          now,
        );
        if (contact.profileUrl) byUrl.set(contact.profileUrl, contact);
        byName.set(nameKey(name), contact);
        summary.added++;
        yield raw.add(contact);
      }
      if (options.receipt) yield unwrap(tx.objectStore('requests')).put(receipt(options.receipt, now));
    }
    await writeAll(tx, steps(), options);
    return summary;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/** Fills what we did not know; never overwrites what the user typed or a fresher page read. */
function merge(contact: Contact, row: ConnectionRow, now: number): Contact {
  const fill: Partial<Contact> = {};
  const take = <K extends keyof Contact>(key: K, value: Contact[K] | null) => {
    if (
      value !== null &&
      value !== undefined &&
      (contact[key] === null || contact[key] === undefined) &&
      !contact.userEdited.includes(key)
    ) {
      fill[key] = value;
    }
  };
  take('connectedOn', row.connectedOn);
  take('email', row.email);
  take('company', row.company || null);
  take('role', row.position || null);
  if (contact.degree !== 1 && !contact.userEdited.includes('degree')) fill.degree = 1;
  return Object.keys(fill).length ? { ...contact, ...fill, updatedAt: now } : contact;
}
