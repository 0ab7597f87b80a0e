import { describe, expect, it } from 'vitest';
import { readSearch } from '../../../src/linkedin/search';
import { resultAnchors } from '../../../src/linkedin/search-anchors';
import { loadFixture } from './fixtures';

describe('where a search result’s badge goes', () => {
  it.each([
    'search-ember-2026-en-one-mutual',
    'search-sdui-2026-en-one-mutual',
    'search-ember-2022-en',
    'search-sdui-2026-it',
  ])('%s: after the name link of every result with a profile, never in the nav or an aside', (name) => {
    const { doc, url } = loadFixture(name);
    const urls = readSearch(doc, url).results.flatMap((r) => (r.profileUrl ? [r.profileUrl] : []));
    const anchors = resultAnchors(doc, urls, 'https://www.linkedin.com/');
    expect([...anchors.keys()].sort()).toEqual([...new Set(urls)].sort());
    for (const anchor of anchors.values()) {
      expect(anchor.closest('aside, nav, header, #msg-overlay')).toBeNull();
      expect(anchor.textContent?.trim()).not.toBe('');
    }
  });
});
