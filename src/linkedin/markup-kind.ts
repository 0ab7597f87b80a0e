// Page kind from markup alone, for saved pages that carry no URL (no canonical link, no og:url).
// The URL predicates in pages.ts stay the authority whenever a URL is known.
import { findPageThread } from './conversation-scope';
import { detectFrontEnd } from './front-end';
import { EMBER_RESULT, SDUI_SCREEN } from './selectors/search';
import { findTopCard } from './top-card';

export function pageKindFromMarkup(doc: Document): 'profile' | 'search' | 'messaging' | 'other' {
  if (doc.querySelector(SDUI_SCREEN) || EMBER_RESULT.some((s) => doc.querySelector(s))) return 'search';
  // The full messaging page's thread pane; the overlay bubble on other pages is not one.
  if (findPageThread(doc)) return 'messaging';
  return findTopCard(doc, detectFrontEnd(doc)) ? 'profile' : 'other';
}
