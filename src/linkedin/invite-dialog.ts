// The note limit of an open invitation dialog: 200 characters on free accounts, 300 on Premium.
// In 2026 the dialog sits in the open shadow root of #interop-outlet, which document queries do
// not reach; older pages (and saved fixtures, which cannot hold a shadow root) have it in light DOM.
import { INVITE_DIALOG } from './selectors/profile';

const COUNTER = /^\s*\d+\s*\/\s*(\d+)\s*$/;

function limitNear(textarea: Element): number | null {
  const max = Number(textarea.getAttribute('maxlength'));
  if (Number.isInteger(max) && max > 0) return max;
  const dialog = textarea.closest(INVITE_DIALOG.dialog) ?? textarea.parentElement;
  if (!dialog) return null;
  // The "0/200" counter is a small leaf next to the textarea.
  for (const el of dialog.querySelectorAll('span, div, p')) {
    if (el.childElementCount > 0) continue;
    const m = COUNTER.exec(el.textContent ?? '');
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}

function textareaIn(root: ParentNode): Element | null {
  for (const selector of INVITE_DIALOG.textarea) {
    const hit = root.querySelector(selector);
    if (hit) return hit;
  }
  return null;
}

export function readInviteNoteLimit(doc: Document): number | null {
  const roots: ParentNode[] = [];
  for (const selector of INVITE_DIALOG.outlets) {
    const outlet = doc.querySelector(selector);
    if (outlet?.shadowRoot) roots.push(outlet.shadowRoot);
    if (outlet) roots.push(outlet);
  }
  for (const root of roots) {
    const textarea = textareaIn(root);
    if (textarea) return limitNear(textarea);
  }
  return null;
}
