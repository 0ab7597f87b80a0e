// Content script on https://www.linkedin.com/*: follows in-app navigation, reads profile pages,
// reports them to the background, shows the badge, and answers the popup. On pages that are
// neither a profile nor a search it does nothing but watch the URL.

import { pageKind } from '../linkedin/pages';
import { readProfile } from '../linkedin/profile';
import { canonicalProfileUrl } from '../linkedin/profile-url';
import { findTargets, readInviteNoteLimit } from '../linkedin/targets';
import type { ContentRequest, PageReadView, PageSearchResult, PageThread } from '../model';
import { browser } from '../platform/browser';
import { onDataChanged } from '../platform/changes';
import { onPageSettingsChanged, quietly } from '../platform/page-settings';
import { removeBadge } from './badge';
import { watchConversations } from './conversation';
import { insertDraft } from './insert';
import { watchNavigation } from './navigation';
import { isContextGone, showProfile, toPageProfile } from './profile';
import { searchResults, watchSearch } from './search';
import { watchSend } from './send-watch';
import { loadWords } from './words';

const life = new AbortController();
let route: AbortController | null = null;
/** The badge's own life inside the route: redrawn after a change without ending the route's watchers. */
let badge: AbortController | null = null;
let latest: PageReadView = { url: location.href, page: pageKind(location.href), profile: null, missing: [] };
/** The conversation open on the page (overlay or messaging page), as last read. */
let thread: PageThread | null = null;
/** The people-search results on the page, as last read. */
let search: PageSearchResult[] = [];
let redrawSearch: (() => void) | null = null;

function stop(): void {
  // The extension was reloaded or removed: this copy of the script is orphaned. Take everything
  // we attached off the page and go quiet, without throwing into LinkedIn's page.
  route?.abort();
  life.abort();
}

function onRoute(url: string): void {
  try {
    route?.abort();
    if (isContextGone(null)) {
      stop();
      return;
    }
    route = new AbortController();
    redrawSearch = null;
    watchConversations(route.signal, (read) => {
      thread = read;
    });
    const page = pageKind(url);
    latest = { url, page, profile: null, missing: [] };
    const done = (error: unknown) => {
      if (isContextGone(error)) stop();
    };
    if (page === 'profile') showBadge(url);
    else {
      if (page === 'search') {
        redrawSearch = watchSearch(url, route.signal, (results) => {
          search = results;
        });
      }
      browser.runtime.sendMessage({ type: 'profile.left' }).catch(done);
    }
  } catch (error) {
    // Never throw into LinkedIn's page; an orphaned script (extension reloaded) goes quiet.
    if (isContextGone(error)) stop();
  }
}

function showBadge(url: string): void {
  badge?.abort();
  if (!route) return;
  const current = new AbortController();
  badge = current;
  route.signal.addEventListener('abort', () => current.abort(), { once: true });
  void showProfile(url, current.signal, (read) => {
    if (!current.signal.aborted) latest = read;
  }).catch((error: unknown) => {
    if (isContextGone(error)) stop();
  });
}

/** What is on screen now. While the top card is still loading, read it afresh (well under 1 ms). */
function currentRead(): PageReadView {
  const url = location.href;
  const page = pageKind(url);
  if (page === 'search')
    return { url, page, profile: null, missing: [], thread, search: searchResults(document, url) };
  if (page !== 'profile') return { url, page, profile: null, missing: [], thread };
  // The route may have changed since the last read finished: never answer with the old person.
  if (latest.profile && latest.profile.profileUrl === canonicalProfileUrl(url)) {
    // The invitation dialog ("Add a note") opens after the page was read: its limit is read now.
    return {
      ...latest,
      profile: { ...latest.profile, inviteNoteLimit: readInviteNoteLimit(document) },
      thread,
    };
  }
  const read = readProfile(document, url);
  const profile = toPageProfile(read, url);
  const current = profile && profile.profileUrl === canonicalProfileUrl(url) ? profile : null;
  return { url, page, profile: current, missing: read.missing, thread };
}

/** Inserts, then — when an extension page asked — listens for the user's own Send of that text. */
function insert(request: Extract<ContentRequest, { type: 'content.insert' }>) {
  const result = insertDraft(document, request, location.href);
  if (result.ok && request.expect && route) {
    const { note, composer } = findTargets(document);
    const box = note ?? composer;
    if (box) watchSend(box, request.text, request.expect, route.signal);
  }
  return result;
}

function answer(request: ContentRequest | undefined): unknown {
  if (request?.type === 'content.read') return currentRead();
  if (request?.type === 'content.insert') return insert(request);
  return undefined;
}

// Answered through sendResponse, synchronously: Chrome does not take a promise returned from
// a content script's listener without the polyfill, which this script does without.
function onMessage(message: unknown, _sender: unknown, sendResponse: (value: unknown) => void): void {
  const value = answer(message as ContentRequest | undefined);
  if (value !== undefined) sendResponse(value);
}

browser.runtime.onMessage.addListener(
  onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0],
);
// The badge setting changed in the dashboard: take the badge off, or show it again, right away.
onPageSettingsChanged((settings) => {
  if (!settings.showBadge) removeBadge();
  else if (latest.page === 'profile') onRoute(location.href);
}, life.signal);
// Logged or corrected elsewhere (the popup, the dashboard): the badge shows it at once.
onDataChanged(() => {
  if (latest.page === 'profile') showBadge(location.href);
  else redrawSearch?.();
}, life.signal);
life.signal.addEventListener('abort', () =>
  quietly(() =>
    browser.runtime.onMessage.removeListener(
      onMessage as Parameters<typeof browser.runtime.onMessage.removeListener>[0],
    ),
  ),
);
// The first page waits for its texts (one round trip to the background); later routes have them.
void loadWords().finally(() => {
  if (life.signal.aborted) return;
  watchNavigation(onRoute, life.signal);
  onRoute(location.href);
});
