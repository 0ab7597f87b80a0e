// The user's data as one versioned JSON file, and back. An import is validated whole before
// anything is written, then merged in one transaction: all of it lands, or none of it.
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type ImportSummary } from '../model';
import { abortQuietly, type DB } from './open';
import { readSingleton } from './singletons';

export async function exportBackup(db: DB, now: number): Promise<Backup> {
  const tx = db.transaction(['contacts', 'outreach', 'opportunities', 'templates', 'chats', 'singletons']);
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
    goal,
    me,
    settings,
    chats,
    questions,
  };
}

/**
 * Merges a backup without duplicates: a contact already here (same id, or same profile URL) is
 * kept and the backup's outreach is pointed at it; records with ids we have are skipped; the
 * goal, story and settings are taken only where none are set yet.
 */
export async function importBackup(db: DB, backup: Backup): Promise<ImportSummary> {
  const stores = ['contacts', 'outreach', 'opportunities', 'templates', 'chats', 'singletons'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  const summary: ImportSummary = {
    contactsAdded: 0,
    contactsMerged: 0,
    outreachAdded: 0,
    outreachSkipped: 0,
    opportunitiesAdded: 0,
    templatesAdded: 0,
  };
  try {
    const contacts = tx.objectStore('contacts');
    const idMap = new Map<string, string>();
    for (const contact of backup.contacts) {
      const same =
        (await contacts.get(contact.id)) ??
        (contact.profileUrl ? await contacts.index('by-url').get(contact.profileUrl) : undefined);
      if (same) {
        idMap.set(contact.id, same.id);
        summary.contactsMerged++;
        continue;
      }
      await contacts.add(contact);
      idMap.set(contact.id, contact.id);
      summary.contactsAdded++;
    }
    // Who opened a door, for the people who now stand under another id.
    for (const contact of backup.contacts) {
      const mapped = contact.suggestedBy ? (idMap.get(contact.suggestedBy) ?? null) : null;
      const kept = idMap.get(contact.id) === contact.id ? await contacts.get(contact.id) : undefined;
      if (kept && contact.suggestedBy && mapped !== contact.suggestedBy)
        await contacts.put({ ...kept, suggestedBy: mapped, leadKind: mapped ? kept.leadKind : null });
    }
    const outreach = tx.objectStore('outreach');
    for (const entry of backup.outreach) {
      const contactId = idMap.get(entry.contactId);
      if (!contactId || (await outreach.get(entry.id))) {
        summary.outreachSkipped++;
        continue;
      }
      await outreach.add({ ...entry, contactId });
      summary.outreachAdded++;
    }
    const opportunities = tx.objectStore('opportunities');
    for (const opportunity of backup.opportunities) {
      if (await opportunities.get(opportunity.id)) continue;
      const contactIds = opportunity.contactIds.map((cid) => idMap.get(cid) ?? cid);
      await opportunities.add({ ...opportunity, contactIds });
      summary.opportunitiesAdded++;
    }
    const templates = tx.objectStore('templates');
    for (const template of backup.templates) {
      if (await templates.get(template.id)) continue;
      await templates.add(template);
      summary.templatesAdded++;
    }
    const chats = tx.objectStore('chats');
    for (const chat of backup.chats ?? []) {
      const contactId = idMap.get(chat.contactId);
      if (contactId && !(await chats.get(chat.outreachId))) await chats.add({ ...chat, contactId });
    }
    const singletons = tx.objectStore('singletons');
    for (const key of ['goal', 'me', 'settings', 'questions'] as const) {
      const value = backup[key];
      if (value && !(await singletons.get(key))) await singletons.put(value, key);
    }
    await tx.done;
    return summary;
  } catch (error) {
    // Any failure (quota, a constraint) aborts the one transaction: nothing of the file stays.
    abortQuietly(tx);
    throw error;
  }
}
