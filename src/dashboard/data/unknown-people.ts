// Outreach entries in a backup whose person is neither in the file nor here: the import keeps
// them under a stand-in contact per missing person (src/db/backup.ts), and the preview says so
// beforehand, with the same count. Pure.
import type { Backup, Contact, Outreach } from '../../model';

export interface UnknownPeople {
  /** Entries that will be kept under stand-ins. */
  entries: number;
  /** Missing people, one stand-in each. */
  people: number;
}

export function unknownPeople(
  backup: Pick<Backup, 'contacts' | 'outreach'>,
  existing: { contacts: Pick<Contact, 'id'>[]; outreach: Pick<Outreach, 'id'>[] },
): UnknownPeople {
  const known = new Set([...backup.contacts, ...existing.contacts].map((c) => c.id));
  const present = new Set(existing.outreach.map((o) => o.id));
  const missing = new Set<string>();
  let entries = 0;
  for (const entry of backup.outreach) {
    if (present.has(entry.id) || known.has(entry.contactId)) continue;
    entries++;
    missing.add(entry.contactId);
  }
  return { entries, people: missing.size };
}
