// Content script on https://www.linkedin.com/*: follows in-app navigation, reads profile pages,
// reports them to the background, shows the badge, and answers the popup. On pages that are
// neither a profile nor a search it does nothing but watch the URL.

import { pageKind } from '../linkedin/pages';
import { readProfile } from '../linkedin/profile';
import { canonicalProfileUrl } from '../linkedin/profile-url';
import { readInviteNoteLimit } from '../linkedin/targets';
import type { ContentRequest, PageReadView } from '../model';
import { browser } from '../platform/browser';
import { onDataChanged } from '../platform/changes';
import { onPageSettingsChanged, quietly } from '../platform/page-settings';
import { removeBadge } from './badge';
import { insertDraft } from './insert';
import { watchNavigation } from './navigation';
import { isContextGone, showProfile, toPageProfile } from './profile';

const life = new AbortController();
let route: AbortController | null = null;
let latest: PageReadView = { url: location.href, page: pageKind(location.href), profile: null, missing: [] };

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
    const page = pageKind(url);
    latest = { url, page, profile: null, missing: [] };
    const done = (error: unknown) => {
      if (isContextGone(error)) stop();
    };
    if (page === 'profile') {
      const signal = route.signal;
      void showProfile(url, signal, (read) => {
        if (!signal.aborted) latest = read;
      }).catch(done);
    } else {
      browser.runtime.sendMessage({ type: 'profile.left' }).catch(done);
    }
  } catch (error) {
    // Never throw into LinkedIn's page; an orphaned script (extension reloaded) goes quiet.
    if (isContextGone(error)) stop();
  }
}

/** What is on screen now. While the top card is still loading, read it afresh (well under 1 ms). */
function currentRead(): PageReadView {
  const url = location.href;
  const page = pageKind(url);
  if (page !== 'profile') return { url, page, profile: null, missing: [] };
  // The route may have changed since the last read finished: never answer with the old person.
  if (latest.profile && latest.profile.profileUrl === canonicalProfileUrl(url)) {
    // The invitation dialog ("Add a note") opens after the page was read: its limit is read now.
    return { ...latest, profile: { ...latest.profile, inviteNoteLimit: readInviteNoteLimit(document) } };
  }
  const read = readProfile(document, url);
  const profile = toPageProfile(read, url);
  const current = profile && profile.profileUrl === canonicalProfileUrl(url) ? profile : null;
  return { url, page, profile: current, missing: read.missing };
}

function onMessage(message: unknown): Promise<unknown> | undefined {
  const request = message as ContentRequest;
  if (request?.type === 'content.read') return Promise.resolve(currentRead());
  if (request?.type === 'content.insert') {
    return Promise.resolve(insertDraft(document, request, location.href));
  }
  return undefined;
}

browser.runtime.onMessage.addListener(onMessage);
// The badge setting changed in the dashboard: take the badge off, or show it again, right away.
onPageSettingsChanged((settings) => {
  if (!settings.showBadge) removeBadge();
  else if (latest.page === 'profile') onRoute(location.href);
}, life.signal);
// Logged or corrected elsewhere (the popup, the dashboard): the badge shows it at once.
onDataChanged(() => {
  if (latest.page === 'profile') onRoute(location.href);
}, life.signal);
life.signal.addEventListener('abort', () =>
  quietly(() => browser.runtime.onMessage.removeListener(onMessage)),
);
watchNavigation(onRoute, life.signal);
onRoute(location.href);
