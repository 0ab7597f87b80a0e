// The degree shown in a top card, in document order. Usually one; some SDUI 1st-degree pages
// print a second, wrong marker ("· 1." then "· 2."), so the caller gets both and cross-checks.
import type { Degree } from '../model';
import { parseDegreeLabel, parseDegreeMarker } from './degree';
import { follows, queryAll, queryFirst } from './scope';
import { DEGREE_BADGE, DEGREE_TEXT } from './selectors/profile';
import type { TopCard } from './top-card';

function badgeDegree(card: TopCard): Degree | null {
  for (const selector of DEGREE_BADGE) {
    const el = queryFirst(card.scope, selector);
    const degree = el ? parseDegreeLabel(el.textContent) : null;
    if (degree !== null) return degree;
  }
  return null;
}

function textMarkers(card: TopCard, nameEl: Element | null): Degree[] {
  const found: Degree[] = [];
  for (const el of queryAll(card.scope, DEGREE_TEXT)) {
    // Leaves only: a marker is its own element, and reading parents' textContent costs time.
    if (el.childElementCount > 0) continue;
    if (nameEl && !follows(el, nameEl)) continue;
    const degree = parseDegreeMarker(el.textContent);
    if (degree !== null) found.push(degree);
    if (found.length === 2) break;
  }
  return found;
}

export function readDegreeMarkers(card: TopCard, nameEl: Element | null): Degree[] {
  const badge = card.kind === 'sdui' ? null : badgeDegree(card);
  return badge !== null ? [badge] : textMarkers(card, nameEl);
}
