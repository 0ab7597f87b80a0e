// The profile's top card: the only part of the page the profile reader looks at. Everything
// else (asides with other people's badges, the sticky header, the global nav's link to the
// viewer, modals) repeats the same kinds of words about other people.
import { cardScope, type Scope } from './scope';
import { NAME_HEADING_FOR_CARD, TOP_CARD } from './selectors/profile';
import type { FrontEnd } from './types';

export interface TopCard {
  scope: Scope;
  /** Which markup matched: the readers pick their selectors by it. */
  kind: 'ember' | 'sdui' | 'generic';
}

function first(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const hit = doc.querySelector(selector);
    if (hit) return hit;
  }
  return null;
}

export function findTopCard(doc: Document, frontEnd: FrontEnd): TopCard | null {
  const order: ('ember' | 'sdui')[] = frontEnd === 'sdui' ? ['sdui', 'ember'] : ['ember', 'sdui'];
  for (const kind of order) {
    const card = first(doc, TOP_CARD[kind]);
    if (card) return { scope: cardScope(card), kind };
  }
  const heading = first(doc, NAME_HEADING_FOR_CARD)?.closest('section');
  if (heading) return { scope: cardScope(heading), kind: 'ember' };
  // Unknown markup: the first section of main counts only if it names someone.
  const section = first(doc, TOP_CARD.generic);
  if (section?.querySelector('h1, h2')) return { scope: [section], kind: 'generic' };
  return null;
}
