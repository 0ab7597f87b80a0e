// Every selector the people-search reader uses, in order of preference.

export const EMBER_RESULT = [
  '[data-chameleon-result-urn]', // 2021–26, one per result, also inside the li below
  'li.reusable-search__result-container', // 2021–23 without the urn attribute
  '.entity-result', // older rows
] as const;

export const EMBER_NAME = [
  '.entity-result__title-text a span[aria-hidden="true"]', // 2021–24
  'span.t-16 a[href*="/in/"] span[aria-hidden="true"]', // 2025–26 hashed rows
  'a[href*="/in/"] span[aria-hidden="true"]', // any era: the title link's visual copy
  '.entity-result__title-text span[aria-hidden="true"]', // "LinkedIn Member": no link
  'span.t-16 span[aria-hidden="true"]',
] as const;

/** The first badge; the row repeats it in `.entity-result__badge-overflow`. */
export const EMBER_DEGREE = [
  '.entity-result__badge-text span[aria-hidden="true"]',
  '.entity-result__badge-text .visually-hidden',
] as const;

/** The search screen: a div[role=main] inside main#workspace, not <main> itself. */
export const SDUI_SCREEN = '[data-sdui-screen*="search" i]';

/** Rows in these are other people (suggestions, the nav, modals), not results. */
export const SDUI_NOISE = 'aside, header, nav, footer, #interop-outlet, #msg-overlay';

/** SDUI rows; a parser may close one early, so a row runs until the next one starts. */
export const SDUI_ROW = '[role="listitem"]';

/** What the SDUI reader looks at within a row, in one document-order query. */
export const SDUI_PARTS = 'a[href], p, span';
