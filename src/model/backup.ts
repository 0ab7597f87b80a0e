// The user's data as one versioned JSON file: its schema and the check that tells the user, in
// words, why a file cannot be read. Pure, so the dashboard previews a file without the database.
import * as v from 'valibot';
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
  return { ok: true, backup: parsed.output };
}
