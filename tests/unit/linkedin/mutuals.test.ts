// Mutual-connection sentences in every locale, built the way Ember (duplicated aria-hidden and
// visually-hidden copies) and search insights (names as separate links) render them.
import { describe, expect, it } from 'vitest';
import { readLoneMutuals } from '../../../src/linkedin/mutual-sentence';
import { isMutualsHref, isTotalConnectionsHref, readMutuals } from '../../../src/linkedin/mutuals';
import { parseDocument } from './fixtures';

const HREF =
  'https://www.linkedin.com/search/results/people/?facetNetwork=%22F%22&amp;facetConnectionOf=%22ACoAAx%22';
const BASE = 'https://www.linkedin.com/in/someone/';

/** `names` are wrapped in <strong> where the sentence has `{}`. */
function ember(sentence: string, names: string[]): Document {
  let i = 0;
  const html = sentence.replace(/\{\}/g, () => `<strong>${names[i++]}</strong>`);
  return parseDocument(
    `<main><section><a href="${HREF}"><span class="t-14"><span aria-hidden="true">${html}</span><span class="visually-hidden">${html}</span></span></a></section></main>`,
    BASE,
  );
}

function read(doc: Document): { count: number; names: string[] } | null {
  const section = doc.querySelector('section');
  if (!section) throw new Error('no section');
  const m = readMutuals([section], BASE);
  return m && { count: m.count, names: m.names };
}

const cases: [string, string, string[], number][] = [
  ['en', '{} is a mutual connection', ['Ann Lee'], 1],
  ['en', '{} and {} are mutual connections', ['Ann Lee', 'Bo Ek'], 2],
  ['en', '{}, {} and 12 other mutual connections', ['Ann Lee', 'Bo Ek'], 14],
  ['en', '{}, {} &amp; 3 other mutual connections', ['Ann Lee', 'Bo Ek'], 5],
  ['en', '{}, {}, and 1,204 other mutual connections', ['Ann Lee', 'Bo Ek'], 1206],
  ['en 2019', '{} is a shared connection', ['Ann Lee'], 1],
  ['pl', '{}, {} i 30innych wspólnych kontaktów', ['Anna Nowak', 'Jan Kos'], 32],
  ['pl', '{}, {} i 1 inny wspólny kontakt', ['Anna Nowak', 'Jan Kos'], 3],
  ['pl', '{} i {} to wspólne kontakty', ['Anna Nowak', 'Jan Kos'], 2],
  ['de', '{} ist ein gemeinsamer Kontakt', ['Lena Graf'], 1],
  ['de', '{}, {} und 7 weitere gemeinsame Kontakte', ['Lena Graf', 'Ute Bach'], 9],
  ['de', '{}, {} und 1.250 weitere gemeinsame Kontakte', ['Lena Graf', 'Ute Bach'], 1252],
  ['fr', '{} et {} sont des relations en commun', ['Léa Roy', 'Paul Vidal'], 2],
  ['fr', '{}, {} et 12 autres relations en commun', ['Léa Roy', 'Paul Vidal'], 14],
  ['fr', '{}, {} et 1\u202f300 autres relations en commun', ['Léa Roy', 'Paul Vidal'], 1302],
  ['es', '{}, {} y 4 contactos en común más', ['Ana Gil', 'Luis Paz'], 6],
  ['es', '{} es un contacto en común', ['Ana Gil'], 1],
  ['it', '{}, {} e altri 3 collegamenti in comune', ['Sara Greco', 'Luca Conti'], 5],
  ['it', '{}, {} e un altro collegamento in comune', ['Sara Greco', 'Luca Conti'], 3],
  ['pt', '{}, {} e mais 5 conexões em comum', ['Ana Costa', 'Rui Lima'], 7],
  ['pt', '{} é uma conexão em comum', ['Ana Costa'], 1],
];

describe('mutual connections sentence', () => {
  it.each(cases)('%s "%s" reads names %j once and counts %i', (_lang, sentence, names, count) => {
    expect(read(ember(sentence, names))).toEqual({ names, count });
  });

  it('search insights: names are links of their own, the link holds only "1 inny wspólny kontakt"', () => {
    const doc = parseDocument(
      `<main><section><span class="insight"><a href="/in/ACoAA1"><span><strong>Adam Król</strong></span></a>,<span> </span><a href="/in/ACoAA2"><span><strong>Ewa Lis</strong></span></a><span> </span>i<span> </span><a href="${HREF}"><span><strong>1 inny wspólny kontakt</strong></span></a></span></section></main>`,
      BASE,
    );
    expect(read(doc)).toEqual({ names: ['Adam Król', 'Ewa Lis'], count: 3 });
  });

  it('a spelled-out "one other" in a search insight still counts one', () => {
    const doc = parseDocument(
      `<main><section><span><a href="/in/a"><strong>Sara</strong></a> e <a href="${HREF}"><strong>un altro collegamento in comune</strong></a></span></section></main>`,
      BASE,
    );
    expect(read(doc)).toEqual({ names: ['Sara'], count: 2 });
  });

  it('the total-connections link next to it does not lend its number', () => {
    const doc = parseDocument(
      `<main><section><a href="/search/results/people/?connectionOf=%5B%22ACoAAx%22%5D&amp;network=%5B%22F%22%2C%22S%22%5D"><span>500</span> connections</a><a href="${HREF}"><strong>Ann</strong> is a mutual connection</a></section></main>`,
      BASE,
    );
    expect(read(doc)).toEqual({ names: ['Ann'], count: 1 });
  });

  it('a page with only the total-connections link has no mutuals', () => {
    const doc = parseDocument(
      `<main><section><a href="/search/results/people/?connectionOf=%5B%22ACoAAx%22%5D&amp;network=%5B%22F%22%2C%22S%22%5D"><strong>320</strong> kontaktów</a></section></main>`,
      BASE,
    );
    expect(read(doc)).toBeNull();
  });
});

describe('mutuals href', () => {
  it.each([
    '/search/results/people/?facetNetwork=%22F%22&facetConnectionOf=%22ACoAAx%22',
    '/search/results/people/?connectionOf=%5B%22ACoAAx%22%5D&network=%5B%22F%22%5D',
    '/search/results/people/?connectionOf=["ACoAAx"]&network=["F"]',
    '/search/results/people/?facetConnectionOf=["ACoAAx"]&facetNetwork=["F"]&origin=SHARED_CONNECTIONS_CANNED_SEARCH',
  ])('%s is the mutuals list', (href) => {
    expect(isMutualsHref(href)).toBe(true);
    expect(isTotalConnectionsHref(href)).toBe(false);
  });

  it.each([
    '/search/results/people/?connectionOf=%5B%22ACoAAx%22%5D&network=%5B%22F%22%2C%22S%22%5D',
    '/search/results/people/?connectionOf=["ACoAAx"]&network=["F","S"]',
  ])('%s is total connections, not mutuals', (href) => {
    expect(isMutualsHref(href)).toBe(false);
    expect(isTotalConnectionsHref(href)).toBe(true);
  });

  it.each([
    '/search/results/people/?network=%5B%22F%22%5D', // no connectionOf: the viewer's own 1st degree
    '/search/results/people/?connectionOf=%5B%22ACoAAx%22%5D&network=%5B%22S%22%5D',
    '/search/results/all/?connectionOf=%5B%22ACoAAx%22%5D&network=%5B%22F%22%5D',
  ])('%s is neither', (href) => {
    expect(isMutualsHref(href)).toBe(false);
  });
});

describe('search insight naming every mutual connection, with no link to the full list', () => {
  /** Search insights print each name as a profile link of its own. */
  function insight(sentence: string, names: string[]): Element {
    let i = 0;
    const html = sentence.replace(
      /\{\}/g,
      () => `<a href="/in/ACoAA${i}"><span><strong>${names[i++]}</strong></span></a>`,
    );
    const doc = parseDocument(
      `<main><div class="row"><div class="insight"><span class="text">${html}</span></div></div></main>`,
      BASE,
    );
    const row = doc.querySelector('.row');
    if (!row) throw new Error('no row');
    return row;
  }

  const lone: [string, string, string[]][] = [
    ['en', '{}<span> </span>is a mutual connection', ['Priya Raman']],
    ['en', '{} and {} are mutual connections', ['Owen Hale', 'Lea Sorensen']],
    ['en 2019', '{} is a shared connection', ['Priya Raman']],
    ['de', '{} ist ein gemeinsamer Kontakt', ['Lena Graf']],
    ['de', '{} und {} sind gemeinsame Kontakte', ['Lena Graf', 'Ute Bach']],
    ['fr', '{} est une relation en commun', ['Léa']],
    ['es', '{} es un contacto en común', ['Ana Gil']],
    ['it', '{} è un collegamento in comune', ['Sara Greco']],
    ['pl', '{} jest wspólnym kontaktem', ['Tomasz Nowak']],
    ['pl', '{} i {} to wspólne kontakty', ['Anna Nowak', 'Jan Kos']],
    ['pt', '{} é uma conexão em comum.', ['Ana Costa']],
  ];

  it.each(lone)('%s "%s" counts exactly the names %j', (_lang, sentence, names) => {
    expect(readLoneMutuals([insight(sentence, names)])).toEqual({ names, count: names.length, url: null });
  });

  it('a "Current: <strong>…</strong>" snippet is no mutual connection', () => {
    const row = insight('Current: {} {} at Northwind', ['Data', 'Analyst']);
    expect(readLoneMutuals([row])).toBeNull();
  });

  it('a singular sentence holding two names, or a longer sentence around the words, does not count', () => {
    expect(readLoneMutuals([insight('{} and {} is a mutual connection', ['A B', 'C D'])])).toBeNull();
    expect(readLoneMutuals([insight('{} is a mutual connection of your team', ['A B'])])).toBeNull();
    expect(readLoneMutuals([insight('{} follows this page', ['A B'])])).toBeNull();
  });

  it('a sentence whose "N others" part links to the full list is left to the link reader', () => {
    const row = insight(`{} and {} are mutual connections <a href="${HREF}">see all</a>`, ['A B', 'C D']);
    expect(readLoneMutuals([row])).toBeNull();
  });
});
