// Canonical profile URLs: the one key a contact is stored under, whatever link led there.

const ORIGIN = 'https://www.linkedin.com';

/**
 * Member-id "slugs" (`/in/ACoAAB…`) appear where LinkedIn hides or has not resolved the vanity
 * name (search insights, out-of-network rows). They open the right profile but are not the
 * address the user sees, so a stored contact should prefer the vanity URL when one is known.
 */
const MEMBER_ID = /^ACo[A-Za-z0-9_-]{3,}/;

/** Path segments after `/in/` that are LinkedIn routes, not people. */
const NOT_A_SLUG = new Set(['me', 'edit', 'overlay']);

export interface ProfileUrlInfo {
  /** `https://www.linkedin.com/in/<slug>/`, slug decoded and in LinkedIn's own case. */
  url: string;
  slug: string;
  /** The slug is a member id, not a vanity name. */
  memberId: boolean;
}

function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

// Decoded for readability, but characters that would change the URL's meaning stay escaped.
function reescape(slug: string): string {
  return slug.replace(/[%/?#\s]/g, (c) => encodeURIComponent(c));
}

export function profileUrlInfo(href: string, base: string = ORIGIN): ProfileUrlInfo | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !isLinkedInHost(url.hostname.toLowerCase())) return null;
  const match = /^\/in\/([^/]+)/.exec(url.pathname);
  const raw = match?.[1];
  if (!raw) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    return null;
  }
  slug = slug.trim();
  if (!slug || NOT_A_SLUG.has(slug.toLowerCase())) return null;
  return { url: `${ORIGIN}/in/${reescape(slug)}/`, slug, memberId: MEMBER_ID.test(slug) };
}

/** `https://www.linkedin.com/in/<slug>/` for any link to a profile or its subpages, else null. */
export function canonicalProfileUrl(href: string, base?: string): string | null {
  return profileUrlInfo(href, base)?.url ?? null;
}

export function profileSlug(href: string, base?: string): string | null {
  return profileUrlInfo(href, base)?.slug ?? null;
}

/** LinkedIn treats slugs case-insensitively (`/in/Jane-Doe/` is `/in/jane-doe/`). */
export function sameProfile(a: string, b: string): boolean {
  const x = canonicalProfileUrl(a);
  const y = canonicalProfileUrl(b);
  return x !== null && y !== null && x.toLowerCase() === y.toLowerCase();
}

/** A base for resolving relative hrefs: the page URL when it is one, else LinkedIn's origin. */
export function baseUrl(url: string | null | undefined): string {
  try {
    return new URL(url ?? '').href;
  } catch {
    return `${ORIGIN}/`;
  }
}
