// Page kind from the URL alone, as pure predicates with the example URLs they must match
// (refined-github style): the tests check every example against its own predicate and no other.
import { profileUrlInfo } from './profile-url';

export type PageKind = 'profile' | 'search' | 'mynetwork' | 'messaging' | 'other';

function linkedInPath(url: string): string | null {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase();
    if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
    return u.pathname;
  } catch {
    return null;
  }
}

export const profileExamples = [
  'https://www.linkedin.com/in/jane-doe/',
  'https://www.linkedin.com/in/jane-doe',
  'https://www.linkedin.com/in/Jane-Doe-4a1b2c3/?originalSubdomain=pl',
  'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/',
  'https://pl.linkedin.com/in/anna-nowak',
  'https://www.linkedin.com/in/jane-doe/overlay/contact-info/',
  'https://www.linkedin.com/in/jane-doe/overlay/about-this-profile/',
  'https://www.linkedin.com/in/ACoAABcdEfGh/',
];
/**
 * The main profile page and its overlays (contact info, about, invite): the top card stays on
 * screen under them. Subpages such as `/details/…` and `/recent-activity/` do not show it.
 */
export function isProfile(url: string): boolean {
  const path = linkedInPath(url);
  if (path === null || !profileUrlInfo(url)) return false;
  return /^\/in\/[^/]+\/?$/.test(path) || /^\/in\/[^/]+\/overlay\/[^/]/.test(path);
}

export const peopleSearchExamples = [
  'https://www.linkedin.com/search/results/people/?keywords=product%20manager',
  'https://www.linkedin.com/search/results/people/?network=%5B%22S%22%5D&origin=FACETED_SEARCH',
  'https://www.linkedin.com/search/results/people?keywords=ux',
];
export function isPeopleSearch(url: string): boolean {
  const path = linkedInPath(url);
  return path !== null && /^\/search\/results\/people\/?$/.test(path);
}

export const myNetworkExamples = [
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/mynetwork/invite-connect/connections/',
  'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
];
export function isMyNetwork(url: string): boolean {
  const path = linkedInPath(url);
  return path !== null && /^\/mynetwork(\/|$)/.test(path);
}

export const messagingExamples = [
  'https://www.linkedin.com/messaging/',
  'https://www.linkedin.com/messaging/thread/2-YWJjZGVm/',
  'https://www.linkedin.com/messaging/compose/?recipient=ACoAABcdEfGh',
];
export function isMessaging(url: string): boolean {
  const path = linkedInPath(url);
  return path !== null && /^\/messaging(\/|$)/.test(path);
}

/** Pages none of the predicates claim. */
export const otherExamples = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/jane-doe/recent-activity/all/',
  'https://www.linkedin.com/in/jane-doe/details/experience/',
  'https://www.linkedin.com/in/me/',
  'https://www.linkedin.com/search/results/all/?keywords=jane',
  'https://www.linkedin.com/search/results/people/headless?origin=SHARED',
  'https://www.linkedin.com/company/acme/',
  'https://www.linkedin.com.evil.example/in/jane-doe/',
  'https://example.com/in/jane-doe/',
  'not a url',
];

export function pageKind(url: string): PageKind {
  if (isProfile(url)) return 'profile';
  if (isPeopleSearch(url)) return 'search';
  if (isMyNetwork(url)) return 'mynetwork';
  if (isMessaging(url)) return 'messaging';
  return 'other';
}
