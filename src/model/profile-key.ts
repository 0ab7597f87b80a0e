// The one spelling of a LinkedIn person's key. The page reader, Connections.csv, backups and
// every message that carries a profile URL end up here, so `/in/Jane-Doe`, `/in/jane-doe` and
// `/in/j%C3%BCrgen` / `/in/jürgen` (composed or not) are one contact. No valibot in this file:
// the content script's page reader imports it and stays small.

const ORIGIN = 'https://www.linkedin.com';

/** Canonical `https://www.linkedin.com/in/<slug>/`: the one key of a LinkedIn person. */
export const PROFILE_URL_PATTERN = /^https:\/\/www\.linkedin\.com\/in\/[^/?#]+\/$/;

/**
 * Member ids (`/in/ACoAAB…`) stand where LinkedIn hides or has not resolved the vanity name.
 * They are base64-like and case-sensitive: lower-casing one would point at nobody.
 */
export const MEMBER_ID_SLUG = /^ACoAA[A-Za-z0-9_-]+$/;

/**
 * A decoded slug as it is stored: trimmed, Unicode NFC (a name typed with a combining accent is
 * the same name) and lower case, because LinkedIn resolves vanity names whatever their case.
 */
export function canonicalSlug(decoded: string): string {
  const slug = decoded.normalize('NFC').trim();
  // Lower-casing can leave a base letter and a combining mark apart (İ → i + U+0307): compose again.
  return MEMBER_ID_SLUG.test(slug) ? slug : slug.toLowerCase().normalize('NFC');
}

/**
 * `https://www.linkedin.com/in/<slug>/` for a decoded slug: readable, with only the characters
 * that would change the URL's meaning escaped.
 */
export function profileUrlForSlug(decoded: string): string {
  const slug = canonicalSlug(decoded).replace(/[%/?#\s]/g, (c) => encodeURIComponent(c));
  return `${ORIGIN}/in/${slug}/`;
}

/**
 * A URL already in the stored shape, respelt canonically (an older version kept LinkedIn's
 * case). One whose slug does not decode, or would come out empty, is returned as it was.
 */
export function canonicalProfileKey(url: string): string {
  if (!PROFILE_URL_PATTERN.test(url)) return url;
  const raw = url.slice(`${ORIGIN}/in/`.length, -1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return url;
  }
  const canonical = profileUrlForSlug(decoded);
  return PROFILE_URL_PATTERN.test(canonical) ? canonical : url;
}
