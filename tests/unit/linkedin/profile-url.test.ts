import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl, profileUrlInfo, sameProfile } from '../../../src/linkedin/profile-url';
import { canonicalProfileKey, PROFILE_URL_PATTERN } from '../../../src/model';

describe('canonicalProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    [
      'https://WWW.LinkedIn.com/in/jane-doe/?miniProfileUrn=urn%3Ali%3Afs#top',
      'https://www.linkedin.com/in/jane-doe/',
    ],
    ['https://pl.linkedin.com/in/anna-nowak/', 'https://www.linkedin.com/in/anna-nowak/'],
    ['http://linkedin.com/in/jane-doe/', 'https://www.linkedin.com/in/jane-doe/'],
    ['/in/jane-doe/overlay/contact-info/', 'https://www.linkedin.com/in/jane-doe/'],
    ['/in/jane-doe/details/experience/', 'https://www.linkedin.com/in/jane-doe/'],
    ['/in/Jane-Doe-4a1b/', 'https://www.linkedin.com/in/jane-doe-4a1b/'],
  ])('%s → %s', (href, url) => {
    expect(canonicalProfileUrl(href)).toBe(url);
  });

  it('decodes %-escapes, upper or lower case, into the slug the user sees', () => {
    expect(canonicalProfileUrl('/in/j%C3%B6rg-m%C3%BCller/')).toBe(
      'https://www.linkedin.com/in/jörg-müller/',
    );
    expect(canonicalProfileUrl('/in/j%c3%b6rg-m%c3%bcller')).toBe('https://www.linkedin.com/in/jörg-müller/');
  });

  it('keeps characters that would change the URL escaped', () => {
    expect(canonicalProfileUrl('/in/a%2Fb%3Fc/')).toBe('https://www.linkedin.com/in/a%2Fb%3Fc/');
  });

  it('resolves relative links against the given page', () => {
    expect(canonicalProfileUrl('../../in/x/', 'https://pl.linkedin.com/search/results/')).toBe(
      'https://www.linkedin.com/in/x/',
    );
  });

  it.each([
    '/in/%E0%A4%A/',
    '/in/me/',
    '/in/',
    '/company/acme/',
    'https://example.com/in/jane-doe/',
    'https://linkedin.com.evil.example/in/jane-doe/',
    'javascript:alert(1)',
    '',
  ])('%s is not a profile', (href) => {
    expect(canonicalProfileUrl(href)).toBeNull();
  });

  it('canonicalises member-id URLs but flags them as not a vanity name', () => {
    expect(profileUrlInfo('/in/ACoAABcdEfGh?miniProfileUrn=x')).toEqual({
      url: 'https://www.linkedin.com/in/ACoAABcdEfGh/',
      slug: 'ACoAABcdEfGh',
      memberId: true,
    });
    expect(profileUrlInfo('/in/acorn-smith/')?.memberId).toBe(false);
  });

  it('compares profiles case-insensitively, as LinkedIn resolves them', () => {
    expect(sameProfile('https://www.linkedin.com/in/Jane-Doe/', '/in/jane-doe/details/')).toBe(true);
    expect(sameProfile('/in/jane-doe/', '/in/john-doe/')).toBe(false);
  });

  it('spells one person one way, whatever the case or the encoding of the link', () => {
    const nfd = 'ju\u0308rgen-m'; // u + combining diaeresis, as some keyboards type it
    const spellings = [
      '/in/jürgen-m/',
      '/in/J%C3%BCrgen-M/',
      '/in/j%c3%bcrgen-m',
      '/in/J%C3%9CRGEN-M/',
      `/in/${nfd}/`,
      `/in/${encodeURIComponent(nfd)}/`,
      'https://de.linkedin.com/in/JÜRGEN-M/?trk=x',
    ];
    for (const href of spellings) {
      expect(canonicalProfileUrl(href), href).toBe('https://www.linkedin.com/in/jürgen-m/');
      expect(sameProfile(href, '/in/jürgen-m/'), href).toBe(true);
    }
  });

  it('keeps the canonical form inside the stored URL pattern', () => {
    for (const href of [
      '/in/Jane-Doe/',
      '/in/J%C3%BCrgen/',
      '/in/a%2Fb%3Fc/',
      '/in/A%20B/',
      '/in/%C4%B0lker/',
    ]) {
      expect(canonicalProfileUrl(href), href).toMatch(PROFILE_URL_PATTERN);
    }
  });

  it('is settled: the canonical form of a canonical URL is itself', () => {
    for (const href of ['/in/Jane-Doe/', '/in/%C4%B0LKER/', '/in/a%2Fb/', '/in/ACoAABcdEfGh/']) {
      const once = canonicalProfileUrl(href) ?? '';
      expect(canonicalProfileUrl(once)).toBe(once);
      expect(canonicalProfileKey(once)).toBe(once);
    }
  });

  it('keeps the case of a member id, which LinkedIn reads case-sensitively', () => {
    expect(canonicalProfileUrl('/in/ACoAABcdEfGh/')).toBe('https://www.linkedin.com/in/ACoAABcdEfGh/');
    expect(sameProfile('/in/ACoAABcdEfGh/', '/in/acoaabcdefgh/')).toBe(false);
  });
});
