// "Save a report" for a page the readers cannot read: what a maintainer gets must name nobody
// and quote no message, yet read back the way the page did.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../src/linkedin/conversation';
import { readProfile } from '../../../src/linkedin/profile';
import { profileUrlInfo } from '../../../src/linkedin/profile-url';
import { pageReport } from '../../../src/linkedin/report';
import { Pseudonyms, reduceUrl } from '../../../src/linkedin/report-values';
import { reportLabel, reportText } from '../../../src/linkedin/report-words';
import { readSearch } from '../../../src/linkedin/search';
import { PENDING_LABEL_STARTS, PENDING_LABELS } from '../../../src/linkedin/selectors/profile';
import { canonicalOf, FIXTURES, fixtureNames, loadFixture, parseDocument } from './fixtures';

/** A report parsed the way the inspector parses a saved page: at the URL its canonical link gives. */
function readBack(report: string): { doc: Document; url: string } {
  const url = canonicalOf(report);
  return { doc: parseDocument(report, url), url };
}

const slugsIn = (doc: Document): string[] =>
  [...doc.querySelectorAll('a[href*="/in/"]')]
    .map((a) => profileUrlInfo(a.getAttribute('href') ?? '', 'https://www.linkedin.com/')?.slug)
    .filter((s): s is string => Boolean(s) && s !== 'me');

/** Every name, headline, slug and message the page shows, as far as the readers and the markup tell. */
function secrets(name: string, doc: Document, url: string): string[] {
  const out = [...slugsIn(doc)];
  for (const img of doc.querySelectorAll('img[alt]')) out.push(img.getAttribute('alt') ?? '');
  for (const el of doc.querySelectorAll(
    '.msg-s-event-listitem__body, .msg-conversation-card__message-snippet, .global-nav__me-profile-link div, .global-nav__me-content h3',
  )) {
    out.push(el.textContent?.trim() ?? '');
  }
  if (name.startsWith('profile-')) {
    const p = readProfile(doc, url);
    out.push(p.name ?? '', p.headline ?? '', p.company ?? '', ...p.mutualNames);
  }
  if (name.startsWith('search-')) {
    for (const r of readSearch(doc, url).results) out.push(r.name, ...r.mutualNames);
  }
  for (const p of readConversation(doc).thread?.with ?? []) out.push(p.name ?? '');
  return [...new Set(out.map((s) => s.trim()).filter((s) => s.length >= 3))];
}

const PAGES = [
  'profile-ember-2026-en-2nd',
  'profile-ember-2026-fr-pending',
  'profile-ember-2022-de-2nd',
  'profile-ember-2026-en-hostile',
  'profile-sdui-2026-en-2nd',
  'profile-sdui-2026-it-pending',
  'search-ember-2022-en',
  'search-sdui-2026-fr-one-mutual',
  'messaging-ember-2026-en-replied',
  'messaging-ember-2026-fr-group',
  'messaging-overlay-2026-de-profile-replied',
];

describe('a page report names nobody and quotes no message', () => {
  it.each(PAGES)('%s: no name, headline, slug or message text survives', (name) => {
    const { doc, url } = loadFixture(name);
    const report = pageReport(doc, url);
    const hidden = secrets(name, doc, url);
    expect(hidden.length).toBeGreaterThan(3);
    for (const secret of hidden) expect(report).not.toContain(secret);
    expect(report).not.toMatch(/BODYMARK|media\.licdn\.com|\ssrc(set)?=/);
  });

  it.each(['messaging-ember-2026-pl-thread', 'messaging-overlay-2025-en'])(
    'real sample %s: no name, slug, member id or message text survives',
    (name) => {
      const html = readFileSync(join(FIXTURES, 'real', `${name}.html`), 'utf8');
      const doc = parseDocument(html, 'https://www.linkedin.com/');
      const report = pageReport(doc, null);
      for (const secret of secrets(name, doc, '')) expect(report).not.toContain(secret);
      expect(report).not.toMatch(/ACoAA[A-Za-z0-9_-]{20,}|Dzień dobry|coffee chat|Leeds/);
    },
  );

  it('is written without the page’s own serialisation', () => {
    const { doc, url } = loadFixture('messaging-overlay-2026-de-profile-replied');
    for (const el of doc.querySelectorAll('*')) {
      for (const prop of ['innerHTML', 'outerHTML', 'innerText']) {
        Object.defineProperty(el, prop, {
          get: () => {
            throw new Error(`${prop} read`);
          },
        });
      }
    }
    expect(() => pageReport(doc, url)).not.toThrow();
  });
});

describe('a readable page’s report reads back the same', () => {
  it.each(fixtureNames('profile-'))('%s: same degree, mutual count, actions', (name) => {
    const { doc, url } = loadFixture(name);
    const pick = (d: Document, u: string) => {
      const p = readProfile(d, u);
      return {
        readable: p.readable,
        degree: p.degree,
        mutualCount: p.mutualCount,
        canConnect: p.canConnect,
        pending: p.pending,
        self: p.self,
      };
    };
    const back = readBack(pageReport(doc, url));
    expect(pick(back.doc, back.url)).toEqual(pick(doc, url));
  });

  it.each(fixtureNames('search-'))('%s: same rows, degrees and mutual counts', (name) => {
    const { doc, url } = loadFixture(name);
    const pick = (d: Document, u: string) =>
      readSearch(d, u).results.map((r) => [
        r.degree,
        r.mutualCount,
        r.mutualNames.length,
        r.profileUrl === null,
      ]);
    const back = readBack(pageReport(doc, url));
    expect(pick(back.doc, back.url)).toEqual(pick(doc, url));
  });

  it.each(fixtureNames('messaging-'))('%s: same counts and the same people, under pseudonyms', (name) => {
    const { doc, url } = loadFixture(name);
    const pick = (d: Document) => {
      const { source, thread } = readConversation(d);
      return { source, thread: thread && { ...thread, with: thread.with.map((p) => p.profileUrl !== null) } };
    };
    expect(pick(readBack(pageReport(doc, url)).doc)).toEqual(pick(doc));
  });
});

describe('what a report keeps', () => {
  const ps = (): Pseudonyms => new Pseudonyms();
  const BASE = 'https://www.linkedin.com/in/jane-doe/';

  it('links keep their pattern, one pseudonym per person throughout', () => {
    const p = ps();
    expect(reduceUrl('/in/jane-doe/overlay/about-this-profile/', BASE, p)).toBe(
      '/in/[slug-1]/overlay/about-this-profile/',
    );
    expect(
      reduceUrl(
        'https://www.linkedin.com/in/Jane-Doe?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB1x2y3',
        BASE,
        p,
      ),
    ).toBe('https://www.linkedin.com/in/[slug-1]?miniProfileUrn=urn:li:fs_miniProfile:ACoAA-id-1');
    expect(reduceUrl('/in/ACoAAB1x2y3/', BASE, p)).toBe('/in/ACoAA-id-1/');
    expect(reduceUrl('/preload/custom-invite/?vanityName=jane-doe', BASE, p)).toBe(
      '/preload/custom-invite/?vanityName=[slug-1]',
    );
  });

  it('a mutual-connections link stays a mutual-connections link; search words do not', () => {
    expect(
      reduceUrl(
        '/search/results/people/?network=%5B%22F%22%5D&connectionOf=%5B%22ACoAAB1x2y3%22%5D&keywords=jane%20doe',
        BASE,
        ps(),
      ),
    ).toBe('/search/results/people/?network=["F"]&connectionOf=["ACoAA-id-1"]&keywords=[value]');
  });

  it('other sites, messaging threads and companies lose their names', () => {
    const p = ps();
    expect(reduceUrl('https://example.com/jane', BASE, p)).toBe('https://[external]/');
    expect(reduceUrl('/messaging/thread/2-MTc1OTYwMjIwNzA4N2I2NjQwMS0wMDEm==/', BASE, p)).toBe(
      '/messaging/thread/[id]/',
    );
    expect(reduceUrl('/company/corvid-mutual/', BASE, p)).toBe('/company/[id]/');
    expect(reduceUrl('mailto:jane@example.com', BASE, p)).toBe('[link]');
  });

  it('texts keep only the readers’ table words and numbers', () => {
    expect(reportText(' and 11 other mutual connections')).toBe(' and 11 other mutual connections');
    expect(reportText('i 30innych wspólnych kontaktów')).toBe('i 30innych wspólnych kontaktów');
    expect(reportText('Kontakt 2. Grades')).toBe('Kontakt 2. Grades');
    expect(reportText('· 3rd+')).toBe('· 3rd+');
    expect(reportText('Relation de 3e niveau et plus')).toBe('Relation de 3e niveau et plus');
    expect(reportText('Jane Doe')).toBe('[text 8]');
    expect(reportText(' Head of Data at Mutual Aid ')).toBe(' [text 26] ');
    expect(reportText('+48 600 700 800')).toBe('[text 15]');
  });

  it('labels keep a pending or current-company start and hide the rest', () => {
    expect(reportLabel('Pending, click to withdraw invitation sent to Jane Doe')).toBe('Pending, [text 45]');
    expect(reportLabel('In sospeso, fai clic per ritirare l’invito inviato a Sara')).toBe(
      'In sospeso, [text 45]',
    );
    expect(reportLabel('Current company: Corvid Mutual. Click to skip to experience card')).toBe(
      'Current company: [text 47]',
    );
    expect(reportLabel('Invite Jane Doe to connect')).toBe('[text 26]');
    expect(reportLabel('2nd degree connection')).toBe('2nd degree connection');
  });

  it('every kept label start is one the pending reader recognises', () => {
    for (const start of PENDING_LABEL_STARTS) {
      expect(PENDING_LABELS.some((re) => re.test(start))).toBe(true);
    }
  });

  it('message bodies, images and scripts are left out; the composer is an empty shell', () => {
    const doc = parseDocument(
      `<html><head><script>var me = "Jane";</script></head><body><ul class="msg-s-message-list-content"><li><div class="msg-s-event-listitem"><p class="msg-s-event-listitem__body">See you Tuesday</p><button class="msg-s-event-listitem__options-trigger" aria-label="Options for your message: See you Tuesday"></button></div></li></ul><img src="https://media.licdn.com/x.jpg" alt="Jane Doe"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p>My draft</p></div></body></html>`,
      'https://www.linkedin.com/feed/',
    );
    const report = pageReport(doc, 'https://www.linkedin.com/feed/');
    expect(report).not.toMatch(/Tuesday|Jane|draft|media\.licdn|src=/);
    expect(report).toContain('<script></script>');
    expect(report).toContain('aria-label=""');
    expect(report).toContain(
      '<div class="msg-form__contenteditable" contenteditable="true" role="textbox"></div>',
    );
    expect(report).toContain('<link rel="canonical" href="https://www.linkedin.com/feed/">');
  });
});
