// The trimmed, anonymised extracts of real LinkedIn markup (tests/fixtures/linkedin/real/),
// wrapped just enough to make a page (each ends mid-tag where it was trimmed, so the wrapper
// closes that tag first): the readers must get them right as served. The two messaging samples
// are whole pages rebuilt from captures; MARKUP.md gives their expected results.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../src/linkedin/conversation';
import { readProfile } from '../../../src/linkedin/profile';
import { readSearch } from '../../../src/linkedin/search';
import { FIXTURES, parseDocument } from './fixtures';

const real = (name: string): string => readFileSync(join(FIXTURES, 'real', `${name}.html`), 'utf8');
const URL = 'https://www.linkedin.com/in/[slug]/';
const page = (main: string, after = ''): Document =>
  parseDocument(
    `<!DOCTYPE html><html><head><title>(2) [Full Name] | LinkedIn</title></head><body><main>${main}</main>${after}</body></html>`,
    URL,
  );
const ember = (sample: string): Document =>
  page(
    `<section data-member-id="1" class="artdeco-card"><div class="ph5"><div><div>${real(sample)}"></button></div></div></div></section><section id="about"></section>`,
  );

describe('real Ember profile extracts', () => {
  it('2025 en 2nd degree: badge, one mutual connection, Connect button', () => {
    const read = readProfile(ember('profile-ember-2025-en-2nd'), URL);
    expect(read).toMatchObject({
      frontEnd: 'ember',
      name: '[Full Name]',
      headline: '[Headline]',
      company: '[Company]',
      degree: 2,
      mutualCount: 1,
      mutualNames: ['[Mutual A]'],
      canConnect: true,
      pending: false,
      canMessageFree: false,
    });
  });

  it('2026 pl 1st degree: "Kontakt 1. stopnia" and the Polish current-company label', () => {
    const read = readProfile(ember('profile-ember-2026-pl-1st'), URL);
    expect(read).toMatchObject({
      degree: 1,
      company: '[Company]',
      headline: '[Headline]',
      canMessageFree: true,
    });
  });

  it('2026 pl mutuals: "i 30innych" counts 32, the 320-connections link is ignored', () => {
    const read = readProfile(ember('profile-ember-2026-pl-mutuals-and-actions'), URL);
    expect(read).toMatchObject({
      mutualCount: 32,
      mutualNames: ['[Mutual A]', '[Mutual B]'],
      canConnect: false,
    });
  });

  it('People-also-viewed 1st-degree badges in the aside do not change a 2nd-degree top card', () => {
    const doc = page(
      `<section data-member-id="1"><h1>[Full Name]</h1><span class="distance-badge"><span class="dist-value" aria-hidden="true">2nd</span></span></section>`,
      `<aside><ul>${real('sidebar-ember-2023-en')}</ul></aside>`,
    );
    expect(readProfile(doc, URL).degree).toBe(2);
  });
});

describe('real SDUI profile extract', () => {
  it('2026 pl 3rd degree: name in h2, "· 3." after it, invite link, "26 kontakty" is no degree', () => {
    const doc = page(
      `<div data-sdui-screen="profile"><section componentkey="refTopcard"><div><div><a class="x ${real('profile-sdui-2026-pl-3rd')}></svg></span></button></div></section><section componentkey="refAbout"></section></div>`,
    );
    expect(readProfile(doc, URL)).toMatchObject({
      frontEnd: 'sdui',
      name: '[Full Name]',
      headline: '[Headline]',
      company: '[Company]',
      degree: 3,
      canConnect: true,
      mutualCount: 0,
    });
  });
});

describe('real search extracts', () => {
  it('Ember 2026 pl row: name, "• 2." badge read once, "i 1 inny wspólny kontakt" counts 3', () => {
    const doc = page(`<ul><li>${real('search-ember-2026-pl')}</li></ul>`);
    expect(readSearch(doc, 'https://www.linkedin.com/search/results/people/').results).toEqual([
      {
        name: '[Full Name]',
        profileUrl: 'https://www.linkedin.com/in/[slug]/',
        degree: 2,
        mutualCount: 3,
        mutualNames: ['[Mutual A]', '[Mutual B]'],
      },
    ]);
  });

  it('SDUI 2026 pl row with nested card links: " • 2" and the mutual sentence', () => {
    const doc = page(
      `<div role="main" data-sdui-screen="search"><div class="x${real('search-sdui-2026-pl')}"></div></div>`,
    );
    expect(readSearch(doc, 'https://www.linkedin.com/search/results/people/').results).toEqual([
      {
        name: '[Full Name]',
        profileUrl: 'https://www.linkedin.com/in/[slug]/',
        degree: 2,
        mutualCount: 3,
        mutualNames: ['[Mutual A]', '[Mutual B]'],
      },
    ]);
  });
});

describe('real messaging samples (expected results from MARKUP.md)', () => {
  const whole = (name: string): Document => parseDocument(real(name), 'https://www.linkedin.com/');

  it('2026 pl messaging page: Jakub wrote the newest of two messages, one each', () => {
    expect(readConversation(whole('messaging-ember-2026-pl-thread'))).toEqual({
      source: 'page',
      thread: {
        with: [
          {
            name: 'Jakub Zieliński-Mroczek',
            profileUrl: 'https://www.linkedin.com/in/jakub-zielinski-mroczek-2a9c4f71/',
          },
        ],
        fromMe: 1,
        fromThem: 1,
        lastFrom: 'them',
      },
      missing: [],
    });
  });

  it('2025 en overlay on a profile: the active bubble only, vanity URL, the viewer wrote last', () => {
    const doc = whole('messaging-overlay-2025-en');
    expect(readProfile(doc, '')).toMatchObject({ name: 'Ifeoluwa Brandt-Castellanos', degree: 1 });
    expect(readConversation(doc)).toEqual({
      source: 'overlay',
      thread: {
        with: [
          {
            name: 'Ifeoluwa Brandt-Castellanos',
            profileUrl: 'https://www.linkedin.com/in/ifeoluwa-brandt-castellanos-6d02e9b4/',
          },
        ],
        fromMe: 2,
        fromThem: 1,
        lastFrom: 'me',
      },
      missing: [],
    });
  });
});
