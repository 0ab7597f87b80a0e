import { dayKey as dayKeyOf } from '../coach/days';
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

/** What a page read noticed besides the facts: an invitation that became a connection. */
export interface PageRead {
  contact: Contact;
  /** The invitation to them was pending and they are now 1st degree: it was accepted. */
  accepted: boolean;
}

/**
 * Creates or refreshes the contact for a profile read on a page, keyed by canonical URL. A
 * mutual first known only by name (asked for an intro) gets their profile when it is read. A
 * profile that was pending and now shows 1st degree marks the invitation accepted.
 */
export async function upsertFromPage(db: DB, page: PageProfile, now: number): Promise<Contact> {
  return (await readPage(db, page, now)).contact;
}

export async function readPage(db: DB, page: PageProfile, now: number): Promise<PageRead> {
  const tx = db.transaction(['contacts', 'outreach'], 'readwrite');
  const contacts = tx.objectStore('contacts');
  const existing =
    (await contacts.index('by-url').get(page.profileUrl)) ??
    (page.name
      ? (await contacts.index('by-name').getAll(page.name)).find(
          (c) => c.profileUrl === null && c.degree === 1,
        )
      : undefined);
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
    contact = { ...existing, profileUrl: existing.profileUrl ?? page.profileUrl };
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
  await contacts.put(contact);
  const accepted = Boolean(existing?.invitationPending && !page.pending && page.degree === 1);
  if (accepted && existing) {
    const outreach = tx.objectStore('outreach');
    for (const entry of await outreach.index('by-contact').getAll(existing.id)) {
      if (entry.kind !== 'invitation-note' || entry.status !== 'sent') continue;
      const day = dayKeyOf(now);
      await outreach.put({
        ...entry,
        status: 'replied',
        history: [...entry.history, { status: 'replied', at: now, day }],
      });
    }
  }
  await tx.done;
  return { contact, accepted };
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
