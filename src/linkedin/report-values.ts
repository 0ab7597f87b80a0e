// Attribute values in a page report: links reduced to their pattern, identifiers replaced by
// pseudonyms. A pseudonym stands for the same person everywhere in one report (the viewer's
// nav link and their own message groups both read `/in/[slug-1]/`), so the readers still tell
// people apart when they read a report back, without the report naming anyone.
import { profileUrlInfo } from './profile-url';

// Member ids (`ACoAA…`), as profile-url.ts recognises them; their pseudonyms keep the prefix so
// that a reader still sees a member id, not a vanity slug. Real ids are 39 characters; SDUI glues
// a component name straight after one (`…card.refACoAA…Topcard`, read as `$="Topcard"`), so a
// shorter id ends before a trailing CamelCase word.
const MEMBER_ID = /ACo[A-Za-z0-9_-]{36}|ACo[A-Za-z0-9_-]{3,}?(?=(?:[A-Z][a-z]+)*(?:[^A-Za-z0-9_-]|$))/g;
// Conversation ids: `2-` plus base64 with `=` padding.
const THREAD_ID = /\b2-[A-Za-z0-9+/_-]{12,}={0,2}/g;
const LONG_NUMBER = /\d{6,}/g;

/** The name `map` gives `key`, or the next one `make` numbers. */
function named(map: Map<string, string>, key: string, make: (n: number) => string): string {
  const known = map.get(key);
  if (known) return known;
  const name = make(map.size + 1);
  map.set(key, name);
  return name;
}

export class Pseudonyms {
  private readonly slugs = new Map<string, string>();
  private readonly ids = new Map<string, string>();
  private readonly threads = new Map<string, string>();

  /** LinkedIn treats slugs case-insensitively: `/in/Jane-Doe/` is `/in/jane-doe/`. */
  slug(slug: string): string {
    return named(this.slugs, slug.toLowerCase(), (n) => `[slug-${n}]`);
  }

  memberId(id: string): string {
    return named(this.ids, id, (n) => `ACoAA-id-${n}`);
  }

  thread(id: string): string {
    return named(this.threads, id, (n) => `2-thread-${n}`);
  }

  /** Ids inside any value (`urn:li:fsd_profile:ACoAA…`, `SearchResultsACoAA…`, `data-member-id`). */
  scrub(value: string): string {
    return value
      .replace(THREAD_ID, (id) => this.thread(id))
      .replace(MEMBER_ID, (id) => this.memberId(id))
      .replace(LONG_NUMBER, '[n]');
  }
}

/** Query parameters whose values the readers key on and that name nobody. */
const KEEP_PARAMS = new Set(['origin', 'network', 'facetNetwork', 'nis']);
/** Parameters that carry people only as ids. */
const ID_PARAMS = new Set([
  'connectionOf',
  'facetConnectionOf',
  'miniProfileUrn',
  'recipient',
  'profileUrn',
  'memberUrn',
]);
/** Path segments after these are ids or names, never routes. */
const ID_AFTER = new Set([
  'company',
  'school',
  'showcase',
  'groups',
  'events',
  'newsletters',
  'thread',
  'posts',
  'pulse',
  'view',
  'update',
]);
const ROUTE = /^[a-z][a-z-]{0,39}$/;

// Readable yet unambiguous: only what would change the query's meaning is escaped.
const encodeParam = (s: string): string => s.replace(/[%&#=+\s]/g, (c) => encodeURIComponent(c));

function reducePath(path: string, ps: Pseudonyms): string {
  const segments = path.split('/');
  return segments
    .map((seg, i) => {
      if (seg === '') return seg;
      const prev = segments[i - 1];
      if (prev === 'in' && i === 2) {
        const info = profileUrlInfo(`/in/${seg}/`);
        if (!info) return ROUTE.test(seg) ? seg : '[seg]';
        return info.memberId ? ps.memberId(info.slug) : ps.slug(info.slug);
      }
      if (prev !== undefined && ID_AFTER.has(prev)) return '[id]';
      return ROUTE.test(seg) ? seg : '[seg]';
    })
    .join('/');
}

function reduceQuery(params: URLSearchParams, ps: Pseudonyms): string {
  const out: string[] = [];
  for (const [key, value] of params) {
    let v: string;
    if (KEEP_PARAMS.has(key)) v = value;
    else if (key === 'vanityName') v = ps.slug(value);
    else if (ID_PARAMS.has(key)) v = ps.scrub(value);
    else v = '[value]';
    out.push(`${encodeParam(key)}=${encodeParam(v)}`);
  }
  return out.length ? `?${out.join('&')}` : '';
}

const isLinkedIn = (host: string): boolean => host === 'linkedin.com' || host.endsWith('.linkedin.com');

/** A link reduced to its pattern: `/in/[slug-1]/`, `/search/results/people/?network=["F"]&connectionOf=["ACoAA-id-2"]`. */
export function reduceUrl(raw: string, base: string, ps: Pseudonyms): string {
  const href = raw.trim();
  if (href === '') return href;
  if (href.startsWith('#')) return /^#[\w-]*$/.test(href) ? href : '#[fragment]';
  if (/^(javascript|mailto|tel|data|blob|sms):/i.test(href)) return '[link]';
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return '[link]';
  }
  if (!/^https?:$/.test(url.protocol)) return '[link]';
  const host = url.hostname.toLowerCase();
  if (!isLinkedIn(host)) return `${url.protocol}//[external]/`;
  const hash = url.hash ? (/^#[\w-]*$/.test(url.hash) ? url.hash : '#[fragment]') : '';
  const rest = `${reducePath(url.pathname, ps)}${reduceQuery(url.searchParams, ps)}${hash}`;
  return /^([a-z]+:)?\/\//i.test(href) ? `${url.protocol}//${host}${rest}` : rest;
}
