// Ember people search (2021–26): one container per result, links not nested.
import { parseDegreeLabel } from './degree';
import { readLoneMutuals } from './mutual-sentence';
import { readMutuals, searchResult } from './mutuals';
import { canonicalProfileUrl } from './profile-url';
import { EMBER_DEGREE, EMBER_NAME, EMBER_RESULT } from './selectors/search';
import { clean } from './text';
import type { SearchResult } from './types';

function rows(doc: Document): Element[] {
  for (const selector of EMBER_RESULT) {
    const found = [...doc.querySelectorAll(selector)];
    if (found.length) return found;
  }
  return [];
}

function nameElement(row: Element): Element | null {
  for (const selector of EMBER_NAME) {
    for (const el of row.querySelectorAll(selector)) {
      if (clean(el.textContent)) return el;
    }
  }
  return null;
}

function readRow(row: Element, base: string): SearchResult | null {
  const nameEl = nameElement(row);
  const name = clean(nameEl?.textContent);
  if (!nameEl || !name) return null;
  // "LinkedIn Member" rows have no link, or one to a headless search: no profile to store.
  const href = nameEl.closest('a')?.getAttribute('href');
  const profileUrl = href ? canonicalProfileUrl(href, base) : null;
  let degree = null;
  for (const selector of EMBER_DEGREE) {
    degree = parseDegreeLabel(row.querySelector(selector)?.textContent ?? null);
    if (degree !== null) break;
  }
  // "X is a mutual connection" has no link to the full list: read it by its words.
  return searchResult(name, profileUrl, degree, readMutuals([row], base) ?? readLoneMutuals([row]));
}

export function readEmberSearch(doc: Document, base: string): SearchResult[] {
  const out: SearchResult[] = [];
  for (const row of rows(doc)) {
    const result = readRow(row, base);
    if (result) out.push(result);
  }
  return out;
}
