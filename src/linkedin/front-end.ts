// Which of LinkedIn's two front ends rendered the page. They are A/B-tested against each other
// in 2026, so the same user can get either on consecutive visits.
import type { FrontEnd } from './types';

/** Each checked in order; the first hit decides. */
const SDUI_MARKERS = [
  '[data-sdui-screen]', // the screen root, on profile and search
  'section[componentkey$="Topcard"]', // the profile top card, when the screen attribute is absent
  'body[data-rehydrated]', // set once SDUI has hydrated the server HTML
];

const EMBER_MARKERS = [
  'section[data-member-id]', // profile top card, every era 2019–2026
  '[data-chameleon-result-urn]', // search results
  'body.ember-application',
  '[id^="ember"]', // every Ember component has id="emberNNN"
];

export function detectFrontEnd(doc: Document): FrontEnd {
  if (SDUI_MARKERS.some((s) => doc.querySelector(s))) return 'sdui';
  if (EMBER_MARKERS.some((s) => doc.querySelector(s))) return 'ember';
  return 'unknown';
}
