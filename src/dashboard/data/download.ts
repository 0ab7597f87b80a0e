// Saving a file the page made: a Blob behind an object URL, clicked through a temporary
// <a download>. The URL is revoked a moment later, not at once: Firefox starts the download
// asynchronously and fails it if the URL is already gone.
import { dayKey } from '../../coach/days';

export const REVOKE_AFTER_MS = 1_000;

export function backupFileName(now: number): string {
  return `coffee-chat-coach-backup-${dayKey(now)}.json`;
}

export function csvFileName(what: 'contacts' | 'outreach', now: number): string {
  return `coffee-chat-coach-${what}-${dayKey(now)}.csv`;
}

export function downloadText(text: string, fileName: string, type: string): void {
  // A byte-order mark tells Excel the CSV is UTF-8 (names like "Schäfer" stay intact).
  const parts = type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
