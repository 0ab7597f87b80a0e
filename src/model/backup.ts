// The user's data as one versioned JSON file: its schema and the check that tells the user, in
// words, why a file cannot be read. Pure, so the dashboard previews a file without the database.
import * as v from 'valibot';
import {
  ChatSchema,
  ContactSchema,
  GoalSchema,
  MeSchema,
  OpportunitySchema,
  OutreachSchema,
  QuestionBankSchema,
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
  /** Added after the first files were written: a file without them has none. */
  chats: v.optional(v.array(ChatSchema)),
  questions: v.optional(v.nullable(QuestionBankSchema)),
});
export type Backup = v.InferOutput<typeof BackupSchema>;

/** Each top-level part of the file, named for a person who never saw its JSON. */
const PARTS: Record<Exclude<keyof Backup, 'format' | 'version'>, string> = {
  exportedAt: 'export date',
  contacts: 'list of people',
  outreach: 'outreach log',
  opportunities: 'pipeline',
  templates: 'list of templates',
  goal: 'goal entry',
  me: 'story entry',
  settings: 'settings entry',
  chats: 'list of chats',
  questions: 'question bank',
};

const EXPORT_AGAIN = 'It may have been edited by hand or cut short: export a new backup and import that one.';
const NOTHING = 'Nothing was imported.';

/** A missing or unknown format version, said in words; null when it is the one we read. */
function versionProblem(raw: Record<string, unknown>): string | null {
  const version = raw.version;
  if (version === undefined)
    return `This backup has no format version, so it cannot be read safely. ${EXPORT_AGAIN} ${NOTHING}`;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return `This backup comes from a newer version of Coffee Chat Coach (format ${version}). Update the extension, then import it.`;
  }
  if (version !== BACKUP_VERSION) {
    const shown = JSON.stringify(version)?.slice(0, 40) ?? String(version);
    return `This backup's format version (${shown}) is not one Coffee Chat Coach knows. ${EXPORT_AGAIN} ${NOTHING}`;
  }
  return null;
}

/** The first problem valibot found, in words when it is a part of the file that is missing. */
function damage(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const [top] = path;
  const part =
    path.length === 1 && issue.input === undefined ? PARTS[String(top?.key) as keyof typeof PARTS] : null;
  if (part) return `This backup has no ${part} ("${String(top?.key)}"). ${EXPORT_AGAIN} ${NOTHING}`;
  const keys = path.map((p) => String(p.key));
  if (keys.length > 1 && issue.input === undefined) {
    return `The backup is damaged at ${keys.slice(0, -1).join('.')}: its "${keys.at(-1)}" is missing. ${NOTHING}`;
  }
  const where = keys.join('.');
  return `The backup is damaged${where ? ` at ${where}` : ''}: ${issue.message}. ${NOTHING}`;
}

/** Why a file is not a backup we can read, in words for the user; null when it is. */
export function checkBackup(raw: unknown): { ok: true; backup: Backup } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: 'This file is not a Coffee Chat Coach backup.' };
  const head = raw as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT)
    return { ok: false, error: 'This file is not a Coffee Chat Coach backup.' };
  const problem = versionProblem(head);
  if (problem) return { ok: false, error: problem };
  const parsed = v.safeParse(BackupSchema, raw);
  return parsed.success
    ? { ok: true, backup: parsed.output }
    : { ok: false, error: damage(parsed.issues[0]) };
}
