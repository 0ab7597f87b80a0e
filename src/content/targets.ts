// Where LinkedIn lets the user type: the message composer (also used for InMail, with a subject
// field), and the invitation-note textarea. Since 2026 LinkedIn renders its dialogs inside the
// open shadow root of #interop-outlet, which document.querySelector does not reach.

const COMPOSER = [
  'form.msg-form [contenteditable="true"][role="textbox"]', // 2019–2026, Ember and SDUI pages
  '.msg-form__contenteditable[contenteditable="true"]',
  '[role="dialog"] [contenteditable="true"][role="textbox"]',
];
const SUBJECT = [
  'input.msg-form__subject',
  'form.msg-form input[name="subject"]',
  '[role="dialog"] input[name="subject"]',
];
const INVITATION_NOTE = ['textarea#custom-message', 'textarea[name="message"]', '[role="dialog"] textarea'];

/** The document and every open shadow root LinkedIn uses for overlays. */
function roots(doc: Document): ParentNode[] {
  const found: ParentNode[] = [doc];
  const outlet = doc.getElementById('interop-outlet');
  if (outlet?.shadowRoot) found.unshift(outlet.shadowRoot);
  return found;
}

function query<T extends Element>(doc: Document, selectors: string[]): T | null {
  for (const root of roots(doc)) {
    for (const selector of selectors) {
      const hit = root.querySelector<T>(selector);
      if (hit && !hit.closest('[aria-hidden="true"], [hidden]')) return hit;
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
  return {
    composer: query<HTMLElement>(doc, COMPOSER),
    subject: query<HTMLInputElement>(doc, SUBJECT),
    note: query<HTMLTextAreaElement>(doc, INVITATION_NOTE),
  };
}

/** The note limit LinkedIn enforces on the open invitation dialog (200 free, 300 Premium). */
export function noteLimit(note: HTMLTextAreaElement): number | null {
  const max = Number(note.getAttribute('maxlength'));
  return Number.isInteger(max) && max > 0 ? max : null;
}
