// Loads the saved-page corpus the way a browser would: a whole document parsed at its own URL,
// so relative hrefs resolve as they did on linkedin.com.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/linkedin');

export function parseDocument(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The page's own URL, from its canonical link, as a saved page records it. */
export function canonicalOf(html: string): string {
  const doc = parseDocument(html, 'https://www.linkedin.com/');
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) throw new Error('fixture has no canonical link');
  return href;
}

export interface Fixture {
  name: string;
  html: string;
  url: string;
  doc: Document;
  expected: Record<string, unknown>;
}

export function fixtureNames(prefix: string): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
}

export function loadFixture(name: string): Fixture {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const url = canonicalOf(html);
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Record<
    string,
    unknown
  >;
  return { name, html, url, doc: parseDocument(html, url), expected };
}
