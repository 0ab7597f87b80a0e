// The open conversation on the messaging page or in the overlay: who is in it, who wrote how
// many messages, who wrote last. Whole saved pages (tests/fixtures/linkedin/messaging-*) plus
// small built pages for the edge cases.
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../src/linkedin/conversation';
import { readProfile } from '../../../src/linkedin/profile';
import { fixtureNames, loadFixture, parseDocument } from './fixtures';

const conversations = fixtureNames('messaging-');

describe('conversation corpus', () => {
  it('covers the full page and the overlay, five languages, replied, not replied, group and empty', () => {
    expect(conversations.length).toBeGreaterThanOrEqual(8);
    for (const part of ['messaging-ember-', 'messaging-overlay-']) {
      expect(conversations.some((c) => c.startsWith(part))).toBe(true);
    }
    for (const lang of ['en', 'de', 'fr', 'pl', 'es']) {
      expect(conversations.some((c) => c.includes(`-${lang}-`))).toBe(true);
    }
    for (const state of ['-replied', 'not-replied', 'group', 'empty', 'none-open']) {
      expect(conversations.some((c) => c.includes(state))).toBe(true);
    }
  });

  it.each(conversations)('%s reads as expected', (name) => {
    const { doc, expected } = loadFixture(name);
    const { missing, ...read } = readConversation(doc);
    expect(read).toEqual(expected);
    expect(missing).toEqual([]);
  });

  it('an overlay with a minimised second bubble reads only the open conversation', () => {
    const { doc } = loadFixture('messaging-overlay-2026-de-profile-replied');
    const names = readConversation(doc).thread?.with.map((p) => p.name);
    expect(names).toEqual(['Lena Fischer']);
  });

  it('an overlay does not change what the profile under it reads', () => {
    for (const [page, base] of [
      ['messaging-overlay-2026-de-profile-replied', 'profile-sdui-2026-de-1st'],
      ['messaging-overlay-2026-pl-profile-empty', 'profile-ember-2026-pl-1st'],
      ['messaging-overlay-2026-en-profile-none-open', 'profile-ember-2026-en-2nd'],
    ] as const) {
      const { doc, url } = loadFixture(page);
      const { missing: _missing, ...read } = readProfile(doc, url);
      const { missingFields: _fields, ...expected } = loadFixture(base).expected;
      expect(read).toEqual(expected);
    }
  });
});

// Small built pages for what the corpus does not show.
const NAV =
  '<header id="global-nav"><div class="global-nav__me"><a class="global-nav__me-profile-link" href="/in/me-viewer/">Mia Viewer</a></div></header>';

interface Msg {
  who: 'me' | 'them' | 'them2';
  /** A continuation: no name, no links. */
  cont?: boolean;
  /** Leave the `--other` marker off. */
  bare?: boolean;
}

const PEOPLE = {
  me: { name: 'Mia Viewer', slug: 'me-viewer', id: 'ACoAAMiaViewer01' },
  them: { name: 'Theo Other', slug: 'theo-other', id: 'ACoAATheoOther01' },
  them2: { name: 'Una Third', slug: 'una-third', id: 'ACoAAUnaThird001' },
};

function messages(list: Msg[]): string {
  return list
    .map((m) => {
      const p = PEOPLE[m.who];
      const other = m.who !== 'me' && !m.bare ? ' msg-s-event-listitem--other' : '';
      const head = m.cont
        ? ''
        : `<a class="msg-s-event-listitem__link" href="https://www.linkedin.com/in/${p.id}"><img alt="${p.name}"></a><div class="msg-s-message-group__meta"><a href="https://www.linkedin.com/in/${p.slug}/"><span class="msg-s-message-group__name">${p.name}</span></a><time class="msg-s-message-group__timestamp">10:00</time></div>`;
      return `<li class="msg-s-message-list__event"><div class="msg-s-event-listitem${other}" data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:${PEOPLE.me.id},2-x)">${head}<div class="msg-s-event__content"><p class="msg-s-event-listitem__body">secret words</p></div></div></li>`;
    })
    .join('');
}

const list = (msgs: Msg[]): string => `<ul class="msg-s-message-list-content">${messages(msgs)}</ul>`;

function bubble(state: 'active' | 'minimized' | '', who: keyof typeof PEOPLE, msgs: Msg[]): string {
  const p = PEOPLE[who];
  const cls = state ? ` msg-overlay-conversation-bubble--is-${state}` : '';
  return `<div class="msg-convo-wrapper msg-overlay-conversation-bubble${cls}" role="dialog"><header><h2 class="msg-overlay-bubble-header__title"><a href="/in/${p.id}/"><span>${p.name}</span></a></h2></header>${list(msgs)}</div>`;
}

const page = (body: string, nav = NAV): Document =>
  parseDocument(`<!DOCTYPE html><html><body>${nav}${body}</body></html>`, 'https://www.linkedin.com/feed/');
const overlay = (...bubbles: string[]): string => `<aside id="msg-overlay">${bubbles.join('')}</aside>`;

describe('which conversation is open', () => {
  it('two expanded bubbles and none marked active: the reader picks neither', () => {
    const read = readConversation(
      page(overlay(bubble('', 'them', [{ who: 'them' }]), bubble('', 'them2', []))),
    );
    expect(read.thread).toBeNull();
    expect(read.missing.map((m) => m.field)).toEqual(['thread']);
  });

  it('a single expanded bubble without the active marker is the open one', () => {
    const read = readConversation(
      page(overlay(bubble('minimized', 'them2', []), bubble('', 'them', [{ who: 'them' }]))),
    );
    expect(read.thread).toMatchObject({ fromThem: 1, with: [{ name: 'Theo Other' }] });
  });

  it('only minimised bubbles: nothing is open and nothing is missing', () => {
    expect(readConversation(page(overlay(bubble('minimized', 'them', [{ who: 'them' }]))))).toEqual({
      source: null,
      thread: null,
      missing: [],
    });
  });

  it('the messaging page’s own thread wins over an overlay bubble', () => {
    const doc = page(
      `<main><div class="scaffold-layout__detail"><div class="msg-convo-wrapper msg-thread"><div class="msg-title-bar"><a class="msg-thread__link-to-profile" href="/in/una-third/"><span class="msg-entity-lockup__entity-title">Una Third</span></a></div>${list([{ who: 'them2' }])}</div></div></main>${overlay(bubble('active', 'them', [{ who: 'them' }]))}`,
    );
    expect(readConversation(doc)).toMatchObject({
      source: 'page',
      thread: { with: [{ name: 'Una Third' }] },
    });
  });

  it('an overlay inside the interop outlet’s shadow root is found', () => {
    const doc = page('<div id="interop-outlet"></div>');
    const host = doc.querySelector('#interop-outlet');
    if (!host) throw new Error('no outlet');
    const shadow = host.attachShadow({ mode: 'open' });
    const html = overlay(bubble('active', 'them', [{ who: 'them' }, { who: 'me' }]));
    shadow.appendChild(parseDocument(html, 'https://www.linkedin.com/').body.firstElementChild as Node);
    expect(readConversation(doc)).toMatchObject({ source: 'overlay', thread: { fromMe: 1, fromThem: 1 } });
  });
});

describe('who wrote each message', () => {
  const read = (msgs: Msg[], nav?: string) =>
    readConversation(page(overlay(bubble('active', 'them', msgs)), nav));

  it('a continuation carries its group’s sender forward, the newest message decides lastFrom', () => {
    const { thread } = read([
      { who: 'them' },
      { who: 'them', cont: true },
      { who: 'me' },
      { who: 'me', cont: true },
      { who: 'me', cont: true },
    ]);
    expect(thread).toEqual({
      with: [{ name: 'Theo Other', profileUrl: 'https://www.linkedin.com/in/theo-other/' }],
      fromMe: 3,
      fromThem: 2,
      lastFrom: 'me',
    });
  });

  it('the viewer’s own group is told apart by their link, not by the missing marker', () => {
    // The other person's group without `--other`: the vanity link still says who wrote it.
    const { thread } = read([{ who: 'them', bare: true }, { who: 'me' }]);
    expect(thread).toMatchObject({ fromMe: 1, fromThem: 1, lastFrom: 'me' });
  });

  it('no "Me" link in the nav: the viewer is not assumed and nothing is counted', () => {
    const r = read([{ who: 'them' }, { who: 'me' }], '<header></header>');
    expect(r.thread).toBeNull();
    expect(r.missing.map((m) => m.field)).toEqual(['viewer']);
  });

  it('a first message with no group header and no marker is not guessed', () => {
    const r = read([{ who: 'me', cont: true }, { who: 'them' }]);
    expect(r.thread).toBeNull();
    expect(r.missing[0]?.field).toBe('sender');
  });

  it('a continuation wearing the other party’s marker after the viewer’s group is theirs', () => {
    const { thread } = read([{ who: 'me' }, { who: 'them', cont: true }]);
    expect(thread).toMatchObject({ fromMe: 1, fromThem: 1, lastFrom: 'them' });
  });

  it('group conversations list every other participant once, in order of first message', () => {
    const doc = page(
      overlay(
        `<div class="msg-overlay-conversation-bubble msg-overlay-conversation-bubble--is-active" role="dialog"><h2 class="msg-overlay-bubble-header__title"><span>Theo Other, Una Third</span></h2>${list([{ who: 'them2' }, { who: 'me' }, { who: 'them' }, { who: 'them2' }])}</div>`,
      ),
    );
    expect(readConversation(doc).thread?.with).toEqual([
      { name: 'Una Third', profileUrl: 'https://www.linkedin.com/in/una-third/' },
      { name: 'Theo Other', profileUrl: 'https://www.linkedin.com/in/theo-other/' },
    ]);
  });

  it('a header linking a member id only is reported without a profile URL', () => {
    const { thread } = read([{ who: 'me' }]);
    expect(thread?.with).toEqual([{ name: 'Theo Other', profileUrl: null }]);
  });

  it('an empty message list reads as a conversation with no message yet', () => {
    expect(read([]).thread).toEqual({
      with: [{ name: 'Theo Other', profileUrl: null }],
      fromMe: 0,
      fromThem: 0,
      lastFrom: null,
    });
  });
});
