import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl } from '../../../src/importers/profile-url';
import { canonicalProfileUrl as pageReaderCanonical } from '../../../src/linkedin/profile-url';

// The same canonical form as the page reader's, so an imported connection and the profile
// later opened in the browser are one contact.
describe('canonicalProfileUrl for exports', () => {
  it.each([
    ['https://www.linkedin.com/in/dana-okafor-1a2b3c', 'https://www.linkedin.com/in/dana-okafor-1a2b3c/'],
    ['https://www.linkedin.com/in/dana-okafor-1a2b3c/', 'https://www.linkedin.com/in/dana-okafor-1a2b3c/'],
    ['http://www.linkedin.com/in/dana', 'https://www.linkedin.com/in/dana/'],
    ['linkedin.com/in/dana', 'https://www.linkedin.com/in/dana/'],
    ['www.linkedin.com/in/dana/', 'https://www.linkedin.com/in/dana/'],
    ['HTTPS://WWW.LINKEDIN.COM/in/Dana-Okafor', 'https://www.linkedin.com/in/dana-okafor/'],
    ['https://de.linkedin.com/in/dana?trk=people-guest', 'https://www.linkedin.com/in/dana/'],
    ['https://www.linkedin.com/in/dana/details/experience/#top', 'https://www.linkedin.com/in/dana/'],
    ['  https://www.linkedin.com/in/dana  ', 'https://www.linkedin.com/in/dana/'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller', 'https://www.linkedin.com/in/jürgen-müller/'],
    ['https://www.linkedin.com/in/J%c3%9crgen', 'https://www.linkedin.com/in/jürgen/'],
    ['https://www.linkedin.com/in/50%25-off', 'https://www.linkedin.com/in/50%25-off/'],
    ['https://www.linkedin.com/in/jürgen', 'https://www.linkedin.com/in/jürgen/'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalProfileUrl(raw)).toBe(canonical);
  });

  it.each([
    [''],
    ['   '],
    ['https://www.linkedin.com/company/acme'],
    ['https://www.linkedin.com/pub/dana-okafor/1/2/3'],
    ['https://www.linkedin.com/in/'],
    ['https://evil-linkedin.com/in/dana'],
    ['https://linkedin.com.evil.example/in/dana'],
    ['javascript:alert(1)//linkedin.com/in/x'],
    ['ftp://www.linkedin.com/in/dana'],
    ['https://www.linkedin.com/in/%E2%8'],
  ])('%j is not a profile URL', (raw) => {
    expect(canonicalProfileUrl(raw)).toBeNull();
  });

  it.each([
    'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/details/experience/?trk=x',
    'https://www.linkedin.com/in/Jane-Doe',
    'https://www.linkedin.com/in/J%C3%9CRGEN-M',
    'https://www.linkedin.com/in/ACoAABcdEfGh',
  ])('agrees with the page reader on %s', (href) => {
    expect(canonicalProfileUrl(href)).toBe(pageReaderCanonical(href));
  });

  it('gives an export row and the profile opened later the same key, whatever the case', () => {
    expect(canonicalProfileUrl('www.linkedin.com/in/Jane-Doe')).toBe(
      pageReaderCanonical('https://www.linkedin.com/in/jane-doe/'),
    );
  });

  it('treats null and undefined as no URL', () => {
    expect(canonicalProfileUrl(null)).toBeNull();
    expect(canonicalProfileUrl(undefined)).toBeNull();
  });
});
