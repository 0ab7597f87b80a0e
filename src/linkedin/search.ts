// People-search results, from whichever front end rendered them.
import { detectFrontEnd } from './front-end';
import { baseUrl } from './profile-url';
import { readEmberSearch } from './search-ember';
import { readSduiSearch } from './search-sdui';
import type { SearchRead } from './types';

export function readSearch(doc: Document, url: string): SearchRead {
  const frontEnd = detectFrontEnd(doc);
  const base = baseUrl(url);
  const readers = frontEnd === 'sdui' ? [readSduiSearch, readEmberSearch] : [readEmberSearch, readSduiSearch];
  for (const read of readers) {
    const results = read(doc, base);
    if (results.length) return { frontEnd, results, missing: [] };
  }
  return {
    frontEnd,
    results: [],
    missing: [
      { field: 'results', reason: 'no search result rows (no Ember result containers, no SDUI listitems)' },
    ],
  };
}
