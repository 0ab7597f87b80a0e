// Reading a backup file in the page, before anything is sent: is it JSON, is it a backup
// (checkBackup, the same check the background makes, in the UI's words), and what importing it
// would do.
import { type Backup, type Contact, checkBackup, type Goal, type Outreach } from '../../model';
import { problemText } from '../../ui/i18n';

export interface BackupPreview {
  exportedAt: string;
  contacts: number;
  outreach: number;
  opportunities: number;
  templates: number;
  /** Contacts already here (same id or same profile URL): merged, not duplicated. */
  contactsMerged: number;
  /** Outreach entries already here: skipped. */
  outreachPresent: number;
  /** `set`: the file's goal will be used; `kept`: yours stays; `absent`: the file has none. */
  goal: 'set' | 'kept' | 'absent';
  /** The file has a story / settings: taken only if none are stored yet. */
  hasStory: boolean;
  hasSettings: boolean;
}

export type BackupReading =
  | { ok: true; backup: Backup; preview: BackupPreview }
  | { ok: false; reason: 'json' }
  | { ok: false; reason: 'backup'; error: string };

export interface Existing {
  contacts: Contact[];
  outreach: Outreach[];
  goal: Goal | null;
}

export function readBackup(text: string, existing: Existing): BackupReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'json' };
  }
  const checked = checkBackup(raw);
  if (!checked.ok) return { ok: false, reason: 'backup', error: problemText(checked.problem) };
  return { ok: true, backup: checked.backup, preview: previewBackup(checked.backup, existing) };
}

export function previewBackup(backup: Backup, existing: Existing): BackupPreview {
  const ids = new Set(existing.contacts.map((c) => c.id));
  const urls = new Set(existing.contacts.flatMap((c) => (c.profileUrl ? [c.profileUrl] : [])));
  const outreachIds = new Set(existing.outreach.map((o) => o.id));
  return {
    exportedAt: backup.exportedAt,
    contacts: backup.contacts.length,
    outreach: backup.outreach.length,
    opportunities: backup.opportunities.length,
    templates: backup.templates.length,
    contactsMerged: backup.contacts.filter(
      (c) => ids.has(c.id) || (c.profileUrl !== null && urls.has(c.profileUrl)),
    ).length,
    outreachPresent: backup.outreach.filter((o) => outreachIds.has(o.id)).length,
    goal: backup.goal === null ? 'absent' : existing.goal === null ? 'set' : 'kept',
    hasStory: backup.me !== null,
    hasSettings: backup.settings !== null,
  };
}
