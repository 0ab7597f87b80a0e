// The insertion chain without a real browser: happy-dom has no execCommand editing, so these
// tests reach the fallbacks a LinkedIn editor may force (paste handler, DOM paragraphs, native
// setter) and the refusals a user sees. Real typing is covered in tests/browser.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../ui/fake-browser')).browserModule);

import { fillContentEditable } from '../../../src/content/editors/contenteditable';
import { fillTextField } from '../../../src/content/editors/textfield';
import { insertDraft } from '../../../src/content/insert';
import { parseDocument } from '../linkedin/fixtures';

const DRAFT = 'Hi Dana,\n\nCould I ask you three questions?\n\nAlex';

function composer(): HTMLElement {
  document.body.innerHTML = `<form class="msg-form">
    <input class="msg-form__subject" name="subject" hidden>
    <div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p><br></p></div>
  </form>`;
  return document.querySelector('[contenteditable]') as HTMLElement;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('writing into a contenteditable composer', () => {
  it('falls back to DOM paragraphs, never HTML, and tells the editor with an input event', () => {
    const editor = composer();
    const inputs: string[] = [];
    editor.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    const hostile = '<img src=x onerror=alert(1)>\nsecond line';
    expect(fillContentEditable(editor, hostile)).toBe('dom');
    expect(editor.querySelector('img')).toBeNull();
    expect([...editor.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '<img src=x onerror=alert(1)>',
      'second line',
    ]);
    expect(inputs).toContain('insertFromPaste');
  });

  it('uses the editor’s own paste handler when it has one', () => {
    const editor = composer();
    editor.addEventListener('paste', (e) => {
      e.preventDefault();
      editor.textContent = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    });
    expect(fillContentEditable(editor, DRAFT)).toBe('paste');
  });
});

describe('writing into a text field', () => {
  it('sets the value through the native setter and fires input and change', () => {
    document.body.innerHTML = '<textarea maxlength="200"></textarea>';
    const note = document.querySelector('textarea') as HTMLTextAreaElement;
    const events: string[] = [];
    for (const type of ['input', 'change']) note.addEventListener(type, () => events.push(type));
    expect(fillTextField(note, 'Hi Dana')).toBe('setter');
    expect(note.value).toBe('Hi Dana');
    expect(events).toEqual(['input', 'change']);
  });
});

describe('insertDraft', () => {
  it('says what to click when no box is open', () => {
    document.body.innerHTML = '<main><h1>Dana</h1></main>';
    expect(insertDraft(document, { text: DRAFT, subject: null })).toMatchObject({
      ok: false,
      target: 'none',
      hint: expect.stringContaining('click "Message"'),
    });
  });

  it('fills a message box, and an InMail’s subject only when its field is shown', () => {
    composer();
    expect(insertDraft(document, { text: DRAFT, subject: 'A question' })).toMatchObject({
      ok: true,
      target: 'message',
    });
    const subject = document.querySelector('.msg-form__subject') as HTMLInputElement;
    expect(subject.value).toBe('');
    subject.hidden = false;
    expect(insertDraft(document, { text: DRAFT, subject: 'A question' })).toMatchObject({
      ok: true,
      target: 'inmail',
    });
    expect(subject.value).toBe('A question');
  });

  it('refuses a note longer than the open invitation dialog allows, and leaves the note as it was', () => {
    document.body.innerHTML =
      '<div role="dialog"><textarea id="custom-message" maxlength="200">mine</textarea></div>';
    const result = insertDraft(document, { text: 'x'.repeat(250), subject: null });
    expect(result).toMatchObject({ ok: false, target: 'invitation' });
    expect(result.hint).toContain('250');
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('mine');
  });

  it('prefers the invitation dialog on top of an open message box', () => {
    composer();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><textarea id="custom-message" maxlength="300"></textarea></div>',
    );
    expect(insertDraft(document, { text: 'Hi Dana', subject: null })).toMatchObject({
      ok: true,
      target: 'invitation',
    });
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Hi Dana');
  });
});

describe('inserting into a conversation with someone else', () => {
  const overlay = () => {
    const html = readFileSync('tests/fixtures/linkedin/real/messaging-overlay-2025-en.html', 'utf8');
    return parseDocument(html, 'https://www.linkedin.com/in/ifeoluwa-brandt-castellanos-6d02e9b4/');
  };
  const url = 'https://www.linkedin.com/in/ifeoluwa-brandt-castellanos-6d02e9b4/';

  it('inserts nothing and names who the open box is with, when the message is for someone else', () => {
    const doc = overlay();
    const result = insertDraft(
      doc,
      { text: 'Hi Chloé', subject: null, recipient: { name: 'Chloé Martin', profileUrl: null } },
      url,
    );
    expect(result).toMatchObject({ ok: false, mismatch: 'Ifeoluwa Brandt-Castellanos' });
    const box = doc.querySelector('.msg-overlay-conversation-bubble--is-active [contenteditable="true"]');
    expect(box?.textContent).not.toContain('Hi Chloé');
  });

  it('inserts when the box is with the person the message is for, or when the user confirmed', () => {
    const doc = overlay();
    const them = { name: 'Ifeoluwa Brandt-Castellanos', profileUrl: null };
    expect(
      insertDraft(doc, { text: 'Hi Ifeoluwa', subject: null, recipient: them }, url).mismatch,
    ).toBeUndefined();
    const forced = insertDraft(
      doc,
      {
        text: 'Hi Chloé',
        subject: null,
        recipient: { name: 'Chloé Martin', profileUrl: null },
        confirmed: true,
      },
      url,
    );
    expect(forced.mismatch).toBeUndefined();
  });
});
