// The conversation reader never reads what anyone wrote. Every message body in the corpus holds
// a unique BODYMARK string; the options buttons, list snippets and quick replies repeat parts of
// the bodies. Neither the words nor the markers may reach the reader's output, and the reader
// must not even read those nodes: their text throws when touched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../src/linkedin/conversation';
import { FIXTURES, fixtureNames, loadFixture, parseDocument } from './fixtures';

/** What a reader must never look at. */
const WORDS = [
  '.msg-s-event-listitem__body',
  '.msg-s-event__content',
  '.msg-conversation-card__message-snippet',
  '.msg-s-message-list__quick-replies-container',
  '.msg-form__contenteditable',
].join(', ');

function pages(): [string, Document][] {
  const corpus = fixtureNames('messaging-').map((n): [string, Document] => [n, loadFixture(n).doc]);
  const real = ['messaging-ember-2026-pl-thread', 'messaging-overlay-2025-en'].map(
    (n): [string, Document] => [
      n,
      parseDocument(readFileSync(join(FIXTURES, 'real', `${n}.html`), 'utf8'), 'https://www.linkedin.com/'),
    ],
  );
  return [...corpus, ...real];
}

function booby(node: Node): void {
  const trap = {
    configurable: true,
    get(): never {
      throw new Error('the reader read a message’s words');
    },
  };
  for (const prop of ['nodeValue', 'textContent', 'data', 'innerText', 'innerHTML']) {
    Object.defineProperty(node, prop, trap);
  }
  for (let c = node.firstChild; c; c = c.nextSibling) booby(c);
}

describe('the conversation reader never reads the words', () => {
  it('every message body in the corpus holds a unique marker', () => {
    const { doc } = loadFixture('messaging-ember-2026-en-replied');
    const bodies = [...doc.querySelectorAll('.msg-s-event-listitem__body')].map((b) => b.textContent);
    expect(bodies.length).toBeGreaterThan(3);
    for (const b of bodies) expect(b).toMatch(/BODYMARK-/);
  });

  it.each(pages())('%s: no body, snippet, quick reply or options label reaches the output', (_name, doc) => {
    const words = [...doc.querySelectorAll(WORDS)].map((el) => el.textContent?.trim() ?? '').filter(Boolean);
    const labels = [...doc.querySelectorAll('.msg-s-event-listitem__options-trigger[aria-label]')].map(
      (el) => el.getAttribute('aria-label') ?? '',
    );
    const out = JSON.stringify(readConversation(doc));
    expect(out).not.toMatch(/BODYMARK/);
    for (const text of [...words, ...labels]) expect(out).not.toContain(text);
  });

  it.each(pages())('%s: reads the same with every body, snippet and composer booby-trapped', (_name, doc) => {
    const before = readConversation(doc);
    for (const el of doc.querySelectorAll(WORDS)) booby(el);
    expect(readConversation(doc)).toEqual(before);
  });
});
