import { CoachError, type Contact, type ContactEdit, newContact, type PageProfile, problem } from '../model';
import type { DB } from './open';

/** Fields a page read may refresh — unless the user has corrected them by hand. */
const PAGE_FIELDS = [
  'name',
  'headline',
  'company',
  'degree',
  'mutualCount',
  'mutualNames',
  'canConnect',
  'invitationPending',
] as const;

/** Creates or refreshes the contact for a profile read on a page, keyed by canonical URL. */
export async function upsertFromPage(db: DB, page: PageProfile, now: number): Promise<Contact> {
  const tx = db.transaction('contacts', 'readwrite');
  const existing = await tx.store.index('by-url').get(page.profileUrl);
  const read: Partial<Contact> = {
    name: page.name ?? existing?.name ?? page.profileUrl,
    headline: page.headline,
    company: page.company,
    degree: page.degree,
    mutualCount: page.mutualCount,
    mutualNames: page.mutualNames,
    canConnect: page.canConnect,
    invitationPending: page.pending,
  };
  let contact: Contact;
  if (existing) {
    contact = { ...existing };
    for (const field of PAGE_FIELDS) {
      if (existing.userEdited.includes(field)) continue;
      const value = read[field];
      // A field the reader could not find (null) never erases what we knew.
      if (value === null || value === undefined) continue;
      Object.assign(contact, { [field]: value });
    }
    contact.updatedAt = now;
  } else {
    contact = newContact(
      { ...read, name: read.name ?? page.profileUrl, profileUrl: page.profileUrl, source: 'linkedin' },
      now,
    );
  }
  await tx.store.put(contact);
  await tx.done;
  return contact;
}

/** A hand edit: applied, and the field remembered as the user's, so page reads keep off it. */
export async function editContact(db: DB, id: string, changes: ContactEdit, now: number): Promise<Contact> {
  const tx = db.transaction('contacts', 'readwrite');
  const existing = await tx.store.get(id);
  if (!existing) throw new CoachError(problem('contactGone'));
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const userEdited = [...new Set([...existing.userEdited, ...Object.keys(defined)])];
  const next: Contact = { ...existing, ...defined, userEdited, updatedAt: now };
  await tx.store.put(next);
  await tx.done;
  return next;
}

export function getContactByUrl(db: DB, profileUrl: string): Promise<Contact | undefined> {
  return db.getFromIndex('contacts', 'by-url', profileUrl);
}
