// Puts a draft into the box the user opened on LinkedIn, for them to review and send. It never
// presses Send, and when no box is open it says what to click.

import { mismatchIn } from '../linkedin/recipient';
import { findTargets, noteLimit } from '../linkedin/targets';
import type { InsertResult, Recipient } from '../model';
import { t } from '../ui/i18n';
import { fillContentEditable } from './editors/contenteditable';
import { fillTextField } from './editors/textfield';

export interface InsertRequest {
  text: string;
  subject: string | null;
  recipient?: Recipient | null;
  confirmed?: boolean;
}

export function insertDraft(
  doc: Document,
  request: InsertRequest,
  url = doc.location?.href ?? '',
): InsertResult {
  const { text, subject } = request;
  try {
    const { composer, subject: subjectField, note } = findTargets(doc);
    // An open invitation dialog sits on top of everything else: it is what the user is looking at.
    const box = note ? 'invitation' : composer ? 'message' : null;
    if (box && request.recipient && !request.confirmed) {
      const other = mismatchIn(doc, url, box, request.recipient);
      if (other) {
        const target = box === 'invitation' ? 'invitation' : subject && subjectField ? 'inmail' : 'message';
        return { ok: false, target, strategy: null, hint: null, mismatch: other };
      }
    }
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
