// The search feature: on a people-search page, a small badge after each result's name — degree,
// mutual connections, "In your Top 20", "last contacted …" — from what the page shows and what
// the user already knows. Read when the results change (LinkedIn loads them in passes), never
// by opening a profile.

import { baseUrl } from '../linkedin/profile-url';
import { readSearch } from '../linkedin/search';
import { resultAnchors } from '../linkedin/search-anchors';
import type { PageSearchResult, SearchNotice } from '../model';
import { PAGE_PROFILE_LIMITS as LIMITS } from '../model/vocabulary';
import { send } from '../platform/send';
import { degreeShort } from '../ui/format';
import { shortDay, t, tPlural } from '../ui/i18n';
import { renderBadge } from './badge';

const SETTLE_MS = 400;
const MOST = 50;

/** What the page shows of each result with a profile, bounded as the protocol wants. */
export function searchResults(doc: Document, url: string): PageSearchResult[] {
  const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  return readSearch(doc, url)
    .results.flatMap((r) =>
      r.profileUrl
        ? [
            {
              name: cut(r.name, LIMITS.name),
              profileUrl: r.profileUrl,
              degree: r.degree,
              mutualCount: r.mutualCount,
              mutualNames: r.mutualNames.slice(0, LIMITS.mutuals).map((n) => cut(n, LIMITS.mutualName)),
            },
          ]
        : [],
    )
    .slice(0, MOST);
}

function lines(result: PageSearchResult, known: SearchNotice['known'][number] | undefined): string[] {
  const out: string[] = [];
  if (result.mutualCount) out.push(tPlural('badgeMutuals', result.mutualCount));
  if (known?.top20) out.push(t('badgeTop20'));
  if (known?.lastContactedOn) out.push(t('lastContacted', shortDay(known.lastContactedOn)));
  return out;
}

/** Watches the results; the returned function redraws the badges (after a change elsewhere). */
export function watchSearch(
  url: string,
  signal: AbortSignal,
  onResults: (results: PageSearchResult[]) => void,
): () => void {
  let seen = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (signal.aborted) return;
    const results = searchResults(document, url);
    onResults(results);
    const key = results.map((r) => r.profileUrl).join(' ');
    if (!results.length || key === seen) return;
    seen = key;
    void send('page.search', { results }).then(
      (notice) => {
        if (signal.aborted) return;
        const byUrl = new Map(notice.known.map((k) => [k.profileUrl, k]));
        const anchors = resultAnchors(
          document,
          results.map((r) => r.profileUrl),
          baseUrl(url),
        );
        for (const result of results) {
          const anchor = anchors.get(result.profileUrl);
          if (!anchor) continue;
          const words = lines(result, byUrl.get(result.profileUrl));
          const degree = degreeShort(result.degree ?? null);
          renderBadge(
            anchor,
            { degree, lines: words, title: [degree, ...words].filter(Boolean).join(' · ') },
            signal,
            result.profileUrl,
          );
        }
      },
      () => {},
    );
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  });
  observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  check();
  return () => {
    seen = '';
    check();
  };
}
