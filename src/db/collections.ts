// The rest of what the dashboard reads and edits: contact lists, warm contacts, merging two
// records of one person, the Top 20, opportunities, user templates, drafts.
import type { Contact, Draft, DraftEntry, Opportunity, UserTemplate } from '../model';
import { MERGE_STORES, type MergeStores, mergeInto } from './merge-contacts';
import { abortQuietly, type DB } from './open';

export const TOP20_MAX = 20;

export function listContacts(db: DB): Promise<Contact[]> {
  return db.getAll('contacts');
}

export async function addContact(db: DB, contact: Contact): Promise<Contact> {
  await db.add('contacts', contact);
  return contact;
}

/**
 * Deletes a contact with its outreach, chats and drafts; opportunities keep their other people,
 * and the people they suggested stay, no longer marked as theirs.
 */
export async function deleteContact(db: DB, id: string): Promise<void> {
  const tx = db.transaction(['contacts', 'outreach', 'drafts', 'opportunities', 'chats'], 'readwrite');
  const outreach = tx.objectStore('outreach');
  const chats = tx.objectStore('chats');
  for (const key of await outreach.index('by-contact').getAllKeys(id)) {
    await outreach.delete(key);
    await chats.delete(key);
  }
  for (const key of await chats.index('by-contact').getAllKeys(id)) await chats.delete(key);
  await tx.objectStore('drafts').delete(id);
  const contacts = tx.objectStore('contacts');
  for (const c of await contacts.getAll()) {
    if (c.suggestedBy === id) await contacts.put({ ...c, suggestedBy: null, leadKind: null });
  }
  const opportunities = tx.objectStore('opportunities');
  for (const o of await opportunities.getAll()) {
    if (o.contactIds.includes(id))
      await opportunities.put({ ...o, contactIds: o.contactIds.filter((c) => c !== id) });
  }
  await tx.objectStore('contacts').delete(id);
  await tx.done;
}

/** The user's "Merge with…": one transaction, so a failure leaves both people as they were. */
export async function mergeContacts(
  db: DB,
  aId: string,
  bId: string,
  now: number,
): Promise<{ contact: Contact; removedId: string }> {
  const tx = db.transaction([...MERGE_STORES, 'chats' as const], 'readwrite');
  try {
    const stores: MergeStores = {
      contacts: tx.objectStore('contacts'),
      outreach: tx.objectStore('outreach'),
      drafts: tx.objectStore('drafts'),
      opportunities: tx.objectStore('opportunities'),
      singletons: tx.objectStore('singletons'),
    };
    const contact = await mergeInto(stores, aId, bId, now);
    const removedId = contact.id === aId ? bId : aId;
    // Chats with the one folded in, and the doors they opened, follow the one that stays.
    const chats = tx.objectStore('chats');
    for (const chat of await chats.index('by-contact').getAll(removedId))
      await chats.put({ ...chat, contactId: contact.id });
    const contacts = tx.objectStore('contacts');
    for (const c of await contacts.getAll()) {
      if (c.suggestedBy !== removedId) continue;
      await contacts.put(
        c.id === contact.id ? { ...c, suggestedBy: null, leadKind: null } : { ...c, suggestedBy: contact.id },
      );
    }
    await tx.done;
    return { contact: (await db.get('contacts', contact.id)) ?? contact, removedId };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/** Replaces the Top 20 with `ids` in order (ranks 1..n); everyone else leaves it. */
export async function setTop20(db: DB, ids: string[], now: number): Promise<Contact[]> {
  const wanted = [...new Set(ids)].slice(0, TOP20_MAX);
  const tx = db.transaction('contacts', 'readwrite');
  const current = await tx.store.index('by-top20').getAll();
  for (const contact of current) {
    if (!wanted.includes(contact.id)) await tx.store.put({ ...contact, top20Rank: null, updatedAt: now });
  }
  const ranked: Contact[] = [];
  for (const id of wanted) {
    const contact = await tx.store.get(id);
    if (!contact) continue;
    const next = { ...contact, top20Rank: ranked.length + 1, updatedAt: now };
    await tx.store.put(next);
    ranked.push(next);
  }
  await tx.done;
  return ranked;
}

export function listOpportunities(db: DB): Promise<Opportunity[]> {
  return db.getAll('opportunities');
}

export async function saveOpportunities(db: DB, opportunities: Opportunity[]): Promise<Opportunity[]> {
  const tx = db.transaction('opportunities', 'readwrite');
  await Promise.all(opportunities.map((o) => tx.store.put(o)));
  await tx.done;
  return opportunities;
}

export function deleteOpportunity(db: DB, id: string): Promise<void> {
  return db.delete('opportunities', id);
}

export function listTemplates(db: DB): Promise<UserTemplate[]> {
  return db.getAll('templates');
}

export async function saveTemplate(db: DB, template: UserTemplate): Promise<UserTemplate> {
  await db.put('templates', template);
  return template;
}

export function deleteTemplate(db: DB, id: string): Promise<void> {
  return db.delete('templates', id);
}

export async function getDraft(db: DB, key: string): Promise<Draft | null> {
  return (await db.get('drafts', key)) ?? null;
}

/**
 * Keeps the draft, unless a message to (or about) its person was logged after this text was
 * typed: a save still on its way when "Log as sent" removed the draft (the composer saves a
 * moment after each keystroke) must not bring back a message that was sent.
 */
export async function saveDraft(db: DB, draft: Draft): Promise<Draft> {
  const tx = db.transaction(['drafts', 'outreach'], 'readwrite');
  const outreach = tx.objectStore('outreach');
  const [to, about] = await Promise.all([
    outreach.index('by-contact').getAll(draft.key),
    outreach.index('by-about').getAll(draft.key),
  ]);
  if (![...to, ...about].some((o) => o.at >= draft.updatedAt)) await tx.objectStore('drafts').put(draft);
  await tx.done;
  return draft;
}

/** Every unsent draft with its person's name (or the profile address it waits under). */
export async function listDrafts(db: DB): Promise<DraftEntry[]> {
  const tx = db.transaction(['drafts', 'contacts']);
  const contacts = tx.objectStore('contacts');
  const entries: DraftEntry[] = [];
  for (const draft of await tx.objectStore('drafts').getAll()) {
    const url = draft.key.startsWith('new:') ? draft.key.slice(4) : null;
    const contact = url ? await contacts.index('by-url').get(url) : await contacts.get(draft.key);
    entries.push({
      draft,
      contactId: contact?.id ?? null,
      name: contact?.name ?? url ?? draft.key,
      profileUrl: contact?.profileUrl ?? url,
    });
  }
  await tx.done;
  return entries.sort((a, b) => b.draft.updatedAt - a.draft.updatedAt);
}

export function discardDraft(db: DB, key: string): Promise<void> {
  return db.delete('drafts', key);
}
