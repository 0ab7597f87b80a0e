// Every selector the conversation reader uses, in one place: when LinkedIn changes, this file
// changes. Lists are in order of preference; each entry says which markup it is for. Message
// bodies, snippets, quick replies, options-button labels and the composer are deliberately
// absent: the reader never looks at them.

/** The viewer's own profile link: the global nav's "Me" menu. The viewer is never assumed. */
export const VIEWER = [
  'a.global-nav__me-profile-link[href*="/in/"]', // Ember 2019–2026: the Me dropdown's header link
  '.global-nav__me a[href*="/in/"]', // same menu if the link loses its class
  '#global-nav a[href*="/in/"]', // Ember nav without the Me classes
  'header nav a[href*="/in/"]', // SDUI 2026: the nav's only profile link
] as const;

/** The conversation open on the full messaging page (`/messaging/thread/…`). */
export const PAGE_THREAD = [
  '.scaffold-layout__detail .msg-convo-wrapper.msg-thread', // 2023–26: the detail pane
  '.msg-convo-wrapper.msg-thread', // same if the layout classes change
  'main .msg-thread', // older builds without the wrapper class
] as const;

/** The messaging overlay on every other page; it sits outside `<main>`. */
export const OVERLAY = ['aside#msg-overlay', '.msg-overlay-container'] as const;

/** One per open conversation in the overlay (the list bubble is a different element). */
export const BUBBLE = [
  '.msg-overlay-conversation-bubble', // 2019–2026
  '.msg-convo-wrapper[role="dialog"]', // ARIA fallback: each bubble is a dialog
] as const;
/** The bubble the user has open; others are minimised or merely expanded behind it. */
export const BUBBLE_ACTIVE = 'msg-overlay-conversation-bubble--is-active';
export const BUBBLE_MINIMISED = 'msg-overlay-conversation-bubble--is-minimized';

/** 2026 code reports the overlay inside a shadow root or a same-origin preload iframe (uncaptured). */
export const OVERLAY_HOSTS = ['#interop-outlet'] as const;
export const OVERLAY_FRAMES = 'iframe[src*="/preload/"]';

/** One conversation is one list; its rows run oldest to newest (CSS reverses the view only). */
export const MESSAGE_LIST = [
  'ul.msg-s-message-list-content', // 2019–2026
  '.msg-s-message-list ul', // same list if the content class goes
  '.msg-s-message-list-container ul',
] as const;

/** A message. `li.msg-s-message-list__event` rows without one are day markers or system rows. */
export const MESSAGE = [
  '.msg-s-event-listitem', // 2019–2026; the `--group-a11y-heading` span is another class token
  '[data-event-urn]', // same element; the urn names the mailbox owner, not the sender
] as const;

/** The row around a message, where older builds put the group's header. */
export const MESSAGE_ROW = 'li.msg-s-message-list__event, li';

/** Only the first message of a group carries these; continuations carry nothing. */
export const GROUP_META = '.msg-s-message-group__meta';
export const GROUP_NAME = [
  '.msg-s-message-group__name', // 2023–26: on a span inside the name link
  '.msg-s-message-group__profile-link', // older builds: on the link itself
] as const;
/** The group's name link, when the name element is not inside one. */
export const GROUP_LINK = 'a[href*="/in/"]';
/** The avatar link: member-id form (`/in/ACoAA…`) in every capture. */
export const AVATAR_LINK = 'a.msg-s-event-listitem__link[href*="/in/"]';
/** Marks the other party's messages; the viewer's lack it (derived, so only a fallback). */
export const OTHER = 'msg-s-event-listitem--other';

/** The 1:1 header; a group's header has names but no profile link. */
export const HEADER_LINK = {
  page: [
    '.msg-title-bar a.msg-thread__link-to-profile', // 2019–2026 full page
    '.msg-title-bar a[href*="/in/"]',
  ],
  overlay: [
    '.msg-overlay-bubble-header__title a[href*="/in/"]', // 2019–2026 bubble header, member-id href
    'header h2 a[href*="/in/"]', // ARIA-free fallback: the bubble's header heading
  ],
} as const;
/**
 * The full page's name inside the header link: an `h2` up to 2025, a `span` in 2026, same class.
 * The link also holds the presence line ("Mobile • 2h ago"), so the link's own text is no name.
 */
export const HEADER_NAME = ['.msg-entity-lockup__entity-title', 'dt h2', 'h2'] as const;
