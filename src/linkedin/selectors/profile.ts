// Every selector the profile reader uses, in one place: when LinkedIn changes, this file
// changes. Lists are in order of preference; each entry says which markup it is for.

export const TOP_CARD = {
  sdui: [
    'section[componentkey$="Topcard"]', // SDUI 2026: componentkey "…ProfileTopcard"
    'section[componentkey*="Topcard" i]', // same with a suffix after it
  ],
  ember: [
    'section[data-member-id]', // Ember 2019–2026, survives the class hashing of 2024/25
    'section.pv-top-card', // 2021–23
    'section.artdeco-card.pv-top-card-profile-picture__container', // 2020 variant
  ],
  // Unknown markup: the first section of main, only if it holds a heading (see top-card.ts).
  generic: ['main section', '[role="main"] section'],
} as const;

/** Where the card sits when no section selector matched but the name heading did. */
export const NAME_HEADING_FOR_CARD = ['main h1.text-heading-xlarge', 'main h1'] as const;

export const NAME = {
  ember: [
    'h1.text-heading-xlarge', // 2021–23
    'a[href*="/overlay/about-this-profile/"] h1', // 2024–26, h1 inside the verification hover link
    'h1',
  ],
  sdui: [
    'a[href*="/in/"] h2', // 2026: no h1; the name is an h2 inside the profile link
    'h2',
  ],
  generic: ['h1', 'h2'],
} as const;

export const HEADLINE = {
  ember: [
    '.text-body-medium.break-words', // every era since 2021
    '[data-generated-suggestion-target]', // 2025–26, same element, if the classes go
  ],
} as const;

/** Ember's badge holds a visual copy and a screen-reader copy; read the visual one first. */
export const DEGREE_BADGE = [
  '.distance-badge .dist-value',
  '.distance-badge .visually-hidden',
  '.distance-badge',
] as const;

/** SDUI has no badge: the degree is a bare text element after the name ("· 2nd"). */
export const DEGREE_TEXT = 'p, span';

/** Ember: the current-company button in the top card's right panel carries a labelled aria-label. */
export const COMPANY_BUTTON = 'button[aria-label]';
export const CURRENT_COMPANY_LABELS = [
  'current company', // en
  'aktuelles unternehmen', // de
  'derzeitiges unternehmen', // de, older
  'entreprise actuelle', // fr
  'empresa actual', // es
  'azienda attuale', // it
  'obecna firma', // pl
  'empresa atual', // pt
] as const;
/** Visible company name inside that button. */
export const COMPANY_TEXT = ['.hoverable-link-text', '.inline-show-more-text', 'h2', 'span'] as const;

/** SDUI: the company entry is a role=button with a company logo placeholder icon. */
export const SDUI_COMPANY_ICON = 'svg[id^="company-"]';

/** Own profile: edit links only the owner gets. */
export const SELF_EDIT = [
  'a[href*="/edit/intro/"]', // Ember 2019–2026 pencil on the top card
  'a[href*="/edit/forms/intro/"]', // 2024–26 form route, also SDUI
] as const;

/** An offered invitation, by URL or by icon (labels are localised; the icon is not). */
export const INVITE = [
  'a[href*="/preload/custom-invite/"]', // SDUI 2026 and Ember 2025+ links
  'button [data-test-icon^="connect-"]', // Ember 2025–26 icon inside the Connect button
  '[role="button"] [data-test-icon^="connect-"]', // same, inside the More menu
  'button li-icon[type="connect"]', // Ember 2021–23
  '[role="button"] li-icon[type="connect"]',
  'svg[id^="connect-"]', // SDUI icon id
] as const;

/** Candidates for the "Pending, click to withdraw invitation" state, checked by label. */
export const PENDING_CANDIDATES = 'button[aria-label], a[aria-label], [role="button"][aria-label]';
export const PENDING_LABELS = [
  /\bpending\b/i, // en "Pending, click to withdraw invitation sent to …"
  /\bwithdraw\b/i,
  /ausstehend|zurückziehen/i, // de
  /en attente|retirer l.invitation/i, // fr
  /pendiente|retirar (la )?invitación/i, // es
  /in sospeso|in attesa|ritira(re)? (l.)?invito/i, // it
  /oczekując|wycofa/i, // pl
  /pendente|retirar (o )?convite/i, // pt
] as const;
/**
 * How those labels begin, as LinkedIn writes them ("Pending, click to withdraw invitation sent to
 * X"): a page report keeps this much of a label and hides the rest (the name).
 */
export const PENDING_LABEL_STARTS = [
  'pending', // en
  'withdraw',
  'ausstehend', // de
  'zurückziehen',
  'en attente', // fr
  'retirer l’invitation',
  "retirer l'invitation",
  'pendiente', // es
  'retirar la invitación',
  'retirar invitación',
  'in sospeso', // it
  'in attesa',
  'ritira l’invito',
  'ritirare l’invito',
  'oczekując', // pl
  'wycofa',
  'pendente', // pt
  'retirar o convite',
  'retirar convite',
] as const;

/** Duplicate action rows that must not count (they mirror the top card's). */
export const STICKY_ACTIONS = '.pv-profile-sticky-header-v2__actions-container, .pv-profile-sticky-header-v2';
