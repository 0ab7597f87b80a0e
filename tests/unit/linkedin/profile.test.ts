// Behaviours the corpus shows only in passing, pinned down one by one.
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../../src/linkedin/profile';
import { loadFixture, parseDocument } from './fixtures';

const URL = 'https://www.linkedin.com/in/ada-nowak/';

function sdui(body: string, title = 'Ada Nowak | LinkedIn'): Document {
  return parseDocument(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body data-rehydrated="true"><main id="workspace"><div data-sdui-screen="profile"><section componentkey="refACoAAxTopcard">${body}</section><section componentkey="refAbout"><p>· 1st</p></section></div></main><div id="interop-outlet"></div></body></html>`,
    URL,
  );
}
const NAME = '<a href="https://www.linkedin.com/in/ada-nowak/"><div><h2>Ada Nowak</h2></div></a>';
const INVITE =
  '<a href="/preload/custom-invite/?vanityName=ada-nowak" aria-label="Invite Ada Nowak to connect">Connect</a>';

describe('readProfile', () => {
  it('SDUI 1st-degree page with a doubled degree marker reads 1st', () => {
    const read = readProfile(loadFixture('profile-sdui-2026-pl-1st-double-marker').doc, URL);
    expect(read.degree).toBe(1);
    expect(read.canMessageFree).toBe(true);
  });

  it('a 1st-degree marker next to an invite action is not believed: the second marker wins', () => {
    const read = readProfile(
      sdui(`${NAME}<p>· 1st</p><div data-display-contents="true"><p>· 2nd</p></div>${INVITE}`),
      URL,
    );
    expect(read.degree).toBe(2);
    expect(read.canConnect).toBe(true);
  });

  it('a lone 1st-degree marker contradicted by an invite leaves the degree unknown, with a reason', () => {
    const read = readProfile(sdui(`${NAME}<p>· 1st</p>${INVITE}`), URL);
    expect(read.degree).toBeNull();
    expect(read.missing.find((m) => m.field === 'degree')?.reason).toMatch(/contradicts/);
  });

  it('the connection count next to the name is not a degree', () => {
    const read = readProfile(sdui(`${NAME}<p>Ada's headline</p><div><p>26</p><p>connections</p></div>`), URL);
    expect(read.degree).toBeNull();
    expect(read.headline).toBe("Ada's headline");
  });

  it('a Message button alone proves nothing about the degree', () => {
    const read = readProfile(
      sdui(`${NAME}<p>Headline</p><a href="/messaging/compose/?recipient=ACoAAx">Message</a>`),
      URL,
    );
    expect(read.degree).toBeNull();
    expect(read.canMessageFree).toBe(false);
  });

  it('reads the invitation note limit from a dialog in the open shadow root of #interop-outlet', () => {
    const doc = sdui(`${NAME}<p>· 2nd</p>${INVITE}`);
    const outlet = doc.querySelector('#interop-outlet');
    if (!outlet) throw new Error('no outlet');
    const root = outlet.attachShadow({ mode: 'open' });
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const textarea = doc.createElement('textarea');
    textarea.id = 'custom-message';
    const counter = doc.createElement('span');
    counter.textContent = '0/300';
    dialog.append(textarea, counter);
    root.append(dialog);
    expect(readProfile(doc, URL).inviteNoteLimit).toBe(300);
  });

  it('has no note limit while no invitation dialog is open', () => {
    expect(readProfile(sdui(`${NAME}<p>· 2nd</p>${INVITE}`), URL).inviteNoteLimit).toBeNull();
  });

  it('takes the name from the title, without the unread count, when the card has no heading', () => {
    const doc = parseDocument(
      `<html><head><title>(3) Ada Nowak | LinkedIn</title></head><body><main><section data-member-id="1"><div class="text-body-medium break-words">Headline</div></section></main></body></html>`,
      URL,
    );
    expect(readProfile(doc, URL).name).toBe('Ada Nowak');
  });

  it("the global nav's link to the viewer does not make someone else's profile the viewer's own", () => {
    const read = readProfile(loadFixture('profile-ember-2026-en-2nd').doc, URL);
    expect(read.self).toBe(false);
    expect(read.name).toBe('Jordan Ellis');
  });

  it('a stale Connect in the sticky header does not make a 1st-degree connection invitable', () => {
    const read = readProfile(loadFixture('profile-ember-2026-pl-1st').doc, URL);
    expect(read.degree).toBe(1);
    expect(read.canConnect).toBe(false);
  });

  it('returns markup-looking names, right-to-left text and emoji as plain strings', () => {
    const read = readProfile(loadFixture('profile-ember-2026-en-hostile').doc, URL);
    expect(read.name).toBe('<img src=x onerror=alert(1)> Zoë "Z" O\'Neil 🚀');
    expect(read.headline).toBe('מהנדסת תוכנה ‏@ <b>Acme</b> & Sons');
    expect(read.mutualNames).toEqual(['עדי כהן', '<svg onload=alert(3)>']);
  });

  it('a page without any top card is unreadable and says why, field by field', () => {
    const read = readProfile(loadFixture('profile-unreadable-authwall').doc, URL);
    expect(read.readable).toBe(false);
    expect(read.missing[0]).toEqual({
      field: 'topCard',
      reason: expect.stringMatching(/no profile top card/),
    });
    expect(read.missing.map((m) => m.field)).toContain('name');
  });
});
