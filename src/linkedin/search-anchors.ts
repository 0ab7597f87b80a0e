// Where each search result's badge goes: right after the link to their profile that carries
// their name (the first one with words; avatar links and empty SDUI clones have none). Outside
// the results (the nav, asides, the messaging overlay) nothing is anchored.
import { canonicalProfileUrl } from './profile-url';
import { SDUI_NOISE } from './selectors/search';
import { clean } from './text';

export function resultAnchors(
  doc: Document,
  profileUrls: readonly string[],
  base: string,
): Map<string, Element> {
  const wanted = new Set(profileUrls);
  const anchors = new Map<string, Element>();
  for (const link of doc.querySelectorAll('main a[href*="/in/"], [role="main"] a[href*="/in/"]')) {
    if (anchors.size === wanted.size) break;
    if (link.closest(SDUI_NOISE) || !clean(link.textContent)) continue;
    const url = canonicalProfileUrl(link.getAttribute('href') ?? '', base);
    if (url && wanted.has(url) && !anchors.has(url)) anchors.set(url, link);
  }
  return anchors;
}
