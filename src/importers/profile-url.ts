// Exports must land on the same key as profiles read on the page, so the canonical form is
// the page reader's (src/linkedin/profile-url.ts: `https://www.linkedin.com/in/<slug>/`, slug
// decoded, NFC and lower case; member ids keep their case). What an export or a spreadsheet
// adds on top: links written without a scheme (`linkedin.com/in/x`, `www.linkedin.com/in/x`),
// which a URL parser would otherwise read as a relative path.

import { canonicalProfileUrl as canonicalFromHref } from '../linkedin/profile-url';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The canonical profile URL, or null when `raw` is not a LinkedIn `/in/` profile link. */
export function canonicalProfileUrl(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  return canonicalFromHref(HAS_SCHEME.test(text) ? text : `https://${text}`);
}
