// Puts a draft into the box the user opened on LinkedIn, for them to review and send. It never
// presses Send, and when no box is open it says what to click.

import { findTargets, noteLimit } from '../linkedin/targets';
import type { InsertResult } from '../model';
import { t } from '../ui/i18n';
import { fillContentEditable } from './editors/contenteditable';
import { fillTextField } from './editors/textfield';

export function insertDraft(doc: Document, text: string, subject: string | null): InsertResult {
  try {
    const { composer, subject: subjectField, note } = findTargets(doc);
    // An open invitation dialog sits on top of everything else: it is what the user is looking at.
    if (note) {
      const limit = noteLimit(note);
      if (limit !== null && text.length > limit) {
        return {
          ok: false,
          target: 'invitation',
          strategy: null,
          hint: t('insertTooLong', text.length, limit),
        };
      }
      const strategy = fillTextField(note, text);
      return {
        ok: strategy !== null,
        target: 'invitation',
        strategy,
        hint: strategy ? null : t('insertFailed'),
      };
    }
    if (composer) {
      let target: InsertResult['target'] = 'message';
      if (subject && subjectField) {
        if (!fillTextField(subjectField, subject)) {
          return { ok: false, target: 'inmail', strategy: null, hint: t('insertFailed') };
        }
        target = 'inmail';
      }
      const strategy = fillContentEditable(composer, text);
      return { ok: strategy !== null, target, strategy, hint: strategy ? null : t('insertFailed') };
    }
    return { ok: false, target: 'none', strategy: null, hint: t('insertNoBox') };
  } catch {
    // Nothing may ever throw into LinkedIn's page.
    return { ok: false, target: 'none', strategy: null, hint: t('insertFailed') };
  }
}
