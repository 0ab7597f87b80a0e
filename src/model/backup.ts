// The user's data as one versioned JSON file: its schema and the check that tells the user why
// a file cannot be read (a Problem, worded by the page or the background). Pure, so the
// dashboard previews a file without the database.
import * as v from 'valibot';
import { issueProblem, type Problem, problem } from './errors';
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

/** The top-level parts of the file; each has words (`backupPart_<key>`) for a person who never saw its JSON. */
export const BACKUP_PARTS = [
  'exportedAt',
  'contacts',
  'outreach',
  'opportunities',
  'templates',
  'goal',
  'me',
  'settings',
  'chats',
  'questions',
] as const satisfies readonly Exclude<keyof Backup, 'format' | 'version'>[];

/** A missing or unknown format version; null when it is the one we read. */
function versionProblem(raw: Record<string, unknown>): Problem | null {
  const version = raw.version;
  if (version === undefined) return problem('backupNoVersion');
  if (typeof version === 'number' && version > BACKUP_VERSION) return problem('backupNewer', { version });
  if (version !== BACKUP_VERSION) {
    const shown = JSON.stringify(version)?.slice(0, 40) ?? String(version);
    return problem('backupUnknownVersion', { version: shown });
  }
  return null;
}

/** The first problem valibot found: a part of the file that is missing, or where it is damaged. */
function damage(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  const [top] = keys;
  if (
    keys.length === 1 &&
    issue.input === undefined &&
    (BACKUP_PARTS as readonly string[]).includes(top ?? '')
  )
    return problem('backupMissingPart', { part: top ?? '', key: top ?? '' });
  return problem('backupDamaged', { where: keys.slice(0, -1).join('.'), detail: issueProblem(issue) });
}

/** Why a file is not a backup we can read; null when it is. */
export function checkBackup(raw: unknown): { ok: true; backup: Backup } | { ok: false; problem: Problem } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problem: problem('backupNotOurs') };
  const head = raw as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) return { ok: false, problem: problem('backupNotOurs') };
  const found = versionProblem(head);
  if (found) return { ok: false, problem: found };
  const parsed = v.safeParse(BackupSchema, raw);
  return parsed.success
    ? { ok: true, backup: parsed.output }
    : { ok: false, problem: damage(parsed.issues[0]) };
}
