// Where LinkedIn lets the user type, in one place: the message composer (also used for InMail,
// with a subject field) and the invitation note. Since 2026 LinkedIn renders its dialogs inside
// the open shadow root of an outlet element, which document.querySelector does not reach.

/** Outlets whose shadow root (or light DOM, in older pages and saved fixtures) holds dialogs. */
export const OVERLAY_OUTLETS = [
  '#interop-outlet', // 2026: invitation dialog, inside an open shadow root
  '#artdeco-modal-outlet', // 2019–2025 Ember modals, light DOM
] as const;

export const COMPOSER = [
  'form.msg-form [contenteditable="true"][role="textbox"]', // 2019–2026, Ember and SDUI pages
  '.msg-form__contenteditable[contenteditable="true"]', // same element, if the form class goes
  '[role="dialog"] [contenteditable="true"][role="textbox"]', // any dialog with a rich textbox
] as const;

/** The InMail subject line (2019 era onwards), in the compose form or its dialog. */
export const SUBJECT = [
  'input.msg-form__subject',
  'form.msg-form input[name="subject"]',
  '[role="dialog"] input[name="subject"]',
] as const;

/** The invitation note textarea, shown after "Add a note" / "Add a free note". */
export const INVITATION_NOTE = [
  'textarea#custom-message', // 2019–2026
  'textarea[name="message"]', // same, when the id goes
  '[role="dialog"] textarea', // any textarea in a dialog: the only one LinkedIn shows there
] as const;

/** The dialog around the note, where the "0/200" counter sits. */
export const INVITE_DIALOG = '[role="dialog"], .artdeco-modal, .send-invite';

/** Elements a user cannot see: a match inside them is not a box they opened. */
export const HIDDEN = '[aria-hidden="true"], [hidden]';

/** LinkedIn's own Send buttons: listened to, never clicked. */
export const SEND_BUTTONS = [
  '.msg-form__send-button', // message composer 2019–2026 (also InMail)
  '.msg-form__send-btn', // same, older class
  'form.msg-form button[type="submit"]', // the composer form's submit, if the classes go
  '[role="dialog"] button[aria-label*="Send" i]', // invitation dialog: "Send invitation" / "Send without a note"
  '[role="dialog"] .artdeco-button--primary', // the dialog's primary action, any language
] as const;
