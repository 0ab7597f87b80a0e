// The boxes the user opened to type into, found in the document and in the shadow roots of
// LinkedIn's dialog outlets; and the note limit LinkedIn states on an open invitation dialog.
// Pure over a Document, so the content script's insertion and the page reader agree.
import {
  COMPOSER,
  HIDDEN,
  INVITATION_NOTE,
  INVITE_DIALOG,
  OVERLAY_OUTLETS,
  SUBJECT,
} from './selectors/composer';

/** The outlets' shadow roots first (a dialog sits on top of the page), then the document. */
export function overlayRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [];
  for (const selector of OVERLAY_OUTLETS) {
    const outlet = doc.querySelector(selector);
    if (outlet?.shadowRoot) roots.push(outlet.shadowRoot);
  }
  roots.push(doc);
  return roots;
}

function query<T extends Element>(roots: ParentNode[], selectors: readonly string[]): T | null {
  for (const root of roots) {
    for (const selector of selectors) {
      const hit = root.querySelector<T>(selector);
      if (hit && !hit.closest(HIDDEN)) return hit;
    }
  }
  return null;
}

export interface Targets {
  composer: HTMLElement | null;
  subject: HTMLInputElement | null;
  note: HTMLTextAreaElement | null;
}

export function findTargets(doc: Document): Targets {
  const roots = overlayRoots(doc);
  return {
    composer: query<HTMLElement>(roots, COMPOSER),
    subject: query<HTMLInputElement>(roots, SUBJECT),
    note: query<HTMLTextAreaElement>(roots, INVITATION_NOTE),
  };
}

const COUNTER = /^\s*\d+\s*\/\s*(\d+)\s*$/;

/**
 * The limit LinkedIn enforces on an invitation note (200 free, 300 Premium): the textarea's
 * `maxlength`, else the "0/200" counter, a small leaf next to it in the dialog.
 */
export function noteLimit(textarea: Element): number | null {
  const max = Number(textarea.getAttribute('maxlength'));
  if (Number.isInteger(max) && max > 0) return max;
  const dialog = textarea.closest(INVITE_DIALOG) ?? textarea.parentElement;
  if (!dialog) return null;
  for (const el of dialog.querySelectorAll('span, div, p')) {
    if (el.childElementCount > 0) continue;
    const m = COUNTER.exec(el.textContent ?? '');
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}

/** The note limit of the invitation dialog open now, or null when none is open. */
export function readInviteNoteLimit(doc: Document): number | null {
  const { note } = findTargets(doc);
  return note ? noteLimit(note) : null;
}
