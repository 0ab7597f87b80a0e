// SDUI people search (2026). Each row is a card-wide <a> with the name, mutual and invite links
// nested inside it. Re-parsed HTML closes the card link early and spills the rest of the row
// after it, so a row here is everything from one listitem's start to the next one's.
import type { Degree } from '../model';
import { parseDegreeMarker } from './degree';
import { readLoneMutuals } from './mutual-sentence';
import { isMutualsHref, readMutualLink, searchResult } from './mutuals';
import { canonicalProfileUrl } from './profile-url';
import { SDUI_NOISE, SDUI_PARTS, SDUI_ROW, SDUI_SCREEN } from './selectors/search';
import { clean, visibleText } from './text';
import type { SearchResult } from './types';

// Queried from the body, not the screen root: happy-dom moves spilled rows out of it entirely.
function buckets(doc: Document): Element[][] {
  const out: Element[][] = [];
  for (const el of doc.querySelectorAll(`${SDUI_ROW}, ${SDUI_PARTS}`)) {
    if (el.closest(SDUI_NOISE)) continue;
    if (el.matches(SDUI_ROW)) out.push([]);
    else out.at(-1)?.push(el);
  }
  return out;
}

// The innermost profile link with words and no <strong>: the card-wide link (live DOM) holds
// the whole card, and mutuals' name links hold <strong>.
function isNameLink(el: Element, base: string): boolean {
  return (
    el.tagName === 'A' &&
    el.querySelector('a, p, div, strong') === null &&
    canonicalProfileUrl(el.getAttribute('href') ?? '', base) !== null &&
    clean(el.textContent) !== null
  );
}

function readRow(parts: Element[], base: string): SearchResult | null {
  let name: string | null = null;
  let profileUrl: string | null = null;
  let degree: Degree | null = null;
  let mutualLink: Element | null = null;
  let firstLeaf: string | null = null;
  for (const el of parts) {
    if (!name && isNameLink(el, base)) {
      name = visibleText(el);
      profileUrl = canonicalProfileUrl(el.getAttribute('href') ?? '', base);
    }
    const leaf = el.childElementCount === 0 ? clean(el.textContent) : null;
    const marker = parseDegreeMarker(leaf);
    if (marker !== null) degree ??= marker;
    else if (!firstLeaf && leaf && el.tagName !== 'A') firstLeaf = leaf;
    // SDUI leaves empty clones of a split link behind: take the one with words.
    if (!mutualLink && el.tagName === 'A' && clean(el.textContent)) {
      if (isMutualsHref(el.getAttribute('href') ?? '', base)) mutualLink = el;
    }
  }
  // "LinkedIn Member" rows have no profile link: the title is the row's first words.
  name ??= firstLeaf;
  if (!name) return null;
  // "X is a mutual connection" has no link to the full list: read it by its words.
  const mutuals = mutualLink ? readMutualLink(mutualLink, base) : readLoneMutuals(parts);
  return searchResult(name, profileUrl, degree, mutuals);
}

export function readSduiSearch(doc: Document, base: string): SearchResult[] {
  if (!doc.querySelector(SDUI_SCREEN)) return [];
  const out: SearchResult[] = [];
  for (const parts of buckets(doc)) {
    const result = readRow(parts, base);
    if (result) out.push(result);
  }
  return out;
}
