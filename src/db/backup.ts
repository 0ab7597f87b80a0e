// The user's data as one versioned JSON file, and back. An import is validated whole before
// anything is written, then merged in one transaction: all of it lands, or none of it.
import * as v from 'valibot';
import type { Contact, Outreach } from '../model';
import { abortQuietly, type DB } from './open';
import {
  ContactSchema,
  GoalSchema,
  MeSchema,
  OpportunitySchema,
  OutreachSchema,
  SettingsSchema,
  UserTemplateSchema,
} from './records';

export const BACKUP_FORMAT = 'coffee-chat-coach-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.string(),
  contacts: v.array(ContactSchema),
  outreach: v.array(OutreachSchema),
  opportunities: v.array(OpportunitySchema),
  templates: v.array(UserTemplateSchema),
  goal: v.nullable(GoalSchema),
  me: v.nullable(MeSchema),
  settings: v.nullable(SettingsSchema),
});
export type Backup = v.InferOutput<typeof BackupSchema>;

export async function exportBackup(db: DB, now: number): Promise<Backup> {
  const tx = db.transaction(['contacts', 'outreach', 'opportunities', 'templates', 'singletons']);
  const [contacts, outreach, opportunities, templates, goal, me, settings] = await Promise.all([
    tx.objectStore('contacts').getAll(),
    tx.objectStore('outreach').getAll(),
    tx.objectStore('opportunities').getAll(),
    tx.objectStore('templates').getAll(),
    tx.objectStore('singletons').get('goal'),
    tx.objectStore('singletons').get('me'),
    tx.objectStore('singletons').get('settings'),
  ]);
  await tx.done;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    contacts,
    outreach: outreach as Backup['outreach'],
    opportunities,
    templates,
    goal: (goal as Backup['goal']) ?? null,
    me: (me as Backup['me']) ?? null,
    settings: (settings as Backup['settings']) ?? null,
  };
}

/** Why a file is not a backup we can read, in words for the user; null when it is. */
export function checkBackup(raw: unknown): { ok: true; backup: Backup } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null)
    return { ok: false, error: 'This file is not a Coffee Chat Coach backup.' };
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT)
    return { ok: false, error: 'This file is not a Coffee Chat Coach backup.' };
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup comes from a newer version of Coffee Chat Coach (format ${head.version}). Update the extension, then import it.`,
    };
  }
  const parsed = v.safeParse(BackupSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return {
      ok: false,
      error: `The backup is damaged${where ? ` at ${where}` : ''}: ${issue.message}. Nothing was imported.`,
    };
  }
  return { ok: true, backup: parsed.output as Backup };
}

export interface ImportSummary {
  contactsAdded: number;
  contactsMerged: number;
  outreachAdded: number;
  outreachSkipped: number;
  opportunitiesAdded: number;
  templatesAdded: number;
}

/**
 * Merges a backup without duplicates: a contact already here (same id, or same profile URL) is
 * kept and the backup's outreach is pointed at it; records with ids we have are skipped; the
 * goal, story and settings are taken only where none are set yet.
 */
export async function importBackup(db: DB, backup: Backup): Promise<ImportSummary> {
  const stores = ['contacts', 'outreach', 'opportunities', 'templates', 'singletons'] as const;
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
    for (const contact of backup.contacts as Contact[]) {
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
    const outreach = tx.objectStore('outreach');
    for (const entry of backup.outreach as Outreach[]) {
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
    const singletons = tx.objectStore('singletons');
    for (const key of ['goal', 'me', 'settings'] as const) {
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
