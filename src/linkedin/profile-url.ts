// Canonical profile URLs: the one key a contact is stored under, whatever link led there. The
// spelling itself (lower case, NFC, decoded) is the model's, so the database, backups and this
// reader agree on it.
import { canonicalSlug, MEMBER_ID_SLUG, profileUrlForSlug } from '../model/profile-key';

const ORIGIN = 'https://www.linkedin.com';

/** Path segments after `/in/` that are LinkedIn routes, not people. */
const NOT_A_SLUG = new Set(['me', 'edit', 'overlay']);

export interface ProfileUrlInfo {
  /** `https://www.linkedin.com/in/<slug>/`, slug decoded, NFC, lower case (member ids keep theirs). */
  url: string;
  slug: string;
  /**
   * The slug is a member id, not a vanity name: it opens the right profile but is not the address
   * the user sees, so a stored contact should prefer the vanity URL when one is known.
   */
  memberId: boolean;
}

function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
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
  slug = slug.normalize('NFC').trim();
  if (!slug || NOT_A_SLUG.has(slug.toLowerCase())) return null;
  return { url: profileUrlForSlug(slug), slug: canonicalSlug(slug), memberId: MEMBER_ID_SLUG.test(slug) };
}

/** `https://www.linkedin.com/in/<slug>/` for any link to a profile or its subpages, else null. */
export function canonicalProfileUrl(href: string, base?: string): string | null {
  return profileUrlInfo(href, base)?.url ?? null;
}

export function profileSlug(href: string, base?: string): string | null {
  return profileUrlInfo(href, base)?.slug ?? null;
}

/** One person: `/in/Jane-Doe/` is `/in/jane-doe/`, `/in/j%C3%BCrgen` is `/in/jürgen`. */
export function sameProfile(a: string, b: string): boolean {
  const x = canonicalProfileUrl(a);
  return x !== null && x === canonicalProfileUrl(b);
}

/** A base for resolving relative hrefs: the page URL when it is one, else LinkedIn's origin. */
export function baseUrl(url: string | null | undefined): string {
  try {
    return new URL(url ?? '').href;
  } catch {
    return `${ORIGIN}/`;
  }
}
