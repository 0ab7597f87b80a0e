// Every saved page in the corpus reads to its expected, normalised result.
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../../src/linkedin/profile';
import { readSearch } from '../../../src/linkedin/search';
import { fixtureNames, loadFixture } from './fixtures';

const profiles = fixtureNames('profile-');
const searches = fixtureNames('search-');

describe('profile corpus', () => {
  it('covers both front ends, both Ember eras, seven languages and every state', () => {
    expect(profiles.length + searches.length).toBeGreaterThanOrEqual(24);
    for (const part of ['ember-2026', 'ember-2022', 'sdui-2026']) {
      expect(profiles.some((p) => p.includes(part))).toBe(true);
    }
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pl', 'pt']) {
      expect(profiles.some((p) => p.includes(`-${lang}-`))).toBe(true);
    }
    for (const state of ['self', '1st', '2nd', '3rd', 'pending', 'out-of-network']) {
      expect(profiles.some((p) => p.includes(state))).toBe(true);
    }
  });

  it.each(profiles)('%s reads as expected', (name) => {
    const { doc, url, expected } = loadFixture(name);
    const { missingFields, ...fields } = expected;
    const read = readProfile(doc, url);
    const { missing, ...rest } = read;
    expect(rest).toEqual(fields);
    if (Array.isArray(missingFields)) expect(missing.map((m) => m.field)).toEqual(missingFields);
    for (const m of missing) expect(m.reason).not.toBe('');
  });
});

describe('search corpus', () => {
  it.each(searches)('%s reads as expected', (name) => {
    const { doc, url, expected } = loadFixture(name);
    const { missing, ...rest } = readSearch(doc, url);
    expect(rest).toEqual(expected);
    expect(missing).toEqual([]);
  });
});
