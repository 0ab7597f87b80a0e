// Mutual connections, found by the link's href rather than its words: the words change with
// every locale and era, the search link they point to has not.

import type { Degree } from '../model';
import { queryAll, type Scope } from './scope';
import { clean } from './text';
import type { Mutuals, SearchResult } from './types';

/** `"F"`, `["F"]`, `["F","S"]` (already URL-decoded) → `['F']`, `['F', 'S']`. */
function networkValues(value: string): string[] {
  return value
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(',')
    .map((v) => v.trim().replace(/^"|"$/g, ''))
    .filter((v) => v !== '');
}

function searchParams(href: string, base: string): URLSearchParams | null {
  try {
    const url = new URL(href, base);
    return /^\/search\/results\/people(\/|$)/.test(url.pathname) ? url.searchParams : null;
  } catch {
    return null;
  }
}

function network(params: URLSearchParams): string[] {
  return networkValues(params.get('network') ?? params.get('facetNetwork') ?? '');
}

function hasConnectionOf(params: URLSearchParams): boolean {
  return Boolean(params.get('connectionOf') || params.get('facetConnectionOf'));
}

/**
 * A people search of someone's connections filtered to the viewer's 1st degree (`F`) only.
 * Encodings seen: `facetNetwork=%22F%22`, `network=%5B%22F%22%5D`, `network=["F"]`.
 */
export function isMutualsHref(href: string, base = 'https://www.linkedin.com'): boolean {
  const params = searchParams(href, base);
  if (!params || !hasConnectionOf(params)) return false;
  const net = network(params);
  return net.length === 1 && net[0] === 'F';
}

/** The same link with `["F","S"]` is the person's total connections, not mutuals. */
export function isTotalConnectionsHref(href: string, base = 'https://www.linkedin.com'): boolean {
  const params = searchParams(href, base);
  if (!params || !hasConnectionOf(params)) return false;
  const net = network(params);
  return net.length > 1 && net.includes('F');
}

// "i 30innych" (Polish, no space), "and 1,234 others", "et 12 autres", "y 1.234 más".
const NUMBER = /(?<![\d])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+)/;

export function firstNumber(text: string): number | null {
  const m = NUMBER.exec(text);
  return m?.[1] ? Number(m[1].replace(/\D/g, '')) : null;
}

const INLINE = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'BDI', 'BDO']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'SVG', 'svg', 'FIGURE', 'IMG', 'LI-ICON']);
const BLOCK_INSIDE = 'p, div, li, ul, section, figure, h1, h2, h3, h4';

function isInlineRun(node: Node): boolean {
  if (node.nodeType === 3) return true;
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return INLINE.has(el.tagName) && el.querySelector(BLOCK_INSIDE) === null;
}

/**
 * The sentence around the link: in search insights and on SDUI only "N other …" is the link and
 * the names are links of their own just before it. Walks siblings rather than relying on
 * nesting, which parsers restructure.
 */
function sentence(link: Element): Node[] {
  let node: Element = link;
  while (node.parentElement && INLINE.has(node.parentElement.tagName)) node = node.parentElement;
  const run: Node[] = [node];
  for (let prev = node.previousSibling; prev && isInlineRun(prev); prev = prev.previousSibling) {
    run.unshift(prev);
  }
  return run;
}

// Ember repeats the sentence in an aria-hidden copy and a visually-hidden copy: read one.
function hasVisualCopy(run: Node[]): boolean {
  return run.some(
    (n) =>
      n.nodeType === 1 &&
      ((n as Element).matches('[aria-hidden="true"]') ||
        (n as Element).querySelector('[aria-hidden="true"] strong') !== null),
  );
}

interface Parts {
  /** `<strong>` texts before the link (search insights: names are links of their own). */
  outside: string[];
  /** `<strong>` texts inside the link. */
  inside: string[];
  /** The link's own text outside its `<strong>`s. */
  linkText: string;
}

// Only the link's own words give the count: a neighbour such as SDUI's "26 connections" must
// not lend its number.
function parts(run: Node[], link: Element): Parts {
  const skipHidden = hasVisualCopy(run);
  const out: Parts = { outside: [], inside: [], linkText: '' };
  const visit = (node: Node, inLink: boolean): void => {
    if (node.nodeType === 3) {
      if (inLink) out.linkText += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || (skipHidden && el.classList.contains('visually-hidden'))) return;
    const within = inLink || el === link;
    if (el.tagName === 'STRONG' && !el.contains(link)) {
      const text = clean(el.textContent);
      if (text) (within ? out.inside : out.outside).push(text);
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c, within);
  };
  for (const node of run) visit(node, false);
  return out;
}

// Spelled-out "one other" where a locale writes no digit ("e un altro collegamento in comune").
const ONE_OTHER = /\b(one other|ein(?:e[rn]?)? weitere|une? autre|otro|un altro|un'altra|mais uma?|outra)\b/i;

function othersIn(text: string): number | null {
  return firstNumber(text) ?? (ONE_OTHER.test(text) ? 1 : null);
}

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** Names and count from the mutual-connections sentence whose link is `link`. */
export function readMutualLink(link: Element, base: string): Mutuals {
  const { outside, inside, linkText } = parts(sentence(link), link);
  const url = absolute(link.getAttribute('href') ?? '', base);
  if (outside.length > 0) {
    // Search insights: "<a>A</a>, <a>B</a> and <a>N other …</a>". That link exists only for the
    // others, so it counts at least one even when the number is spelled out.
    const others = othersIn(`${inside.join(' ')} ${linkText}`) ?? 1;
    return { names: outside, count: outside.length + others, url };
  }
  // "<strong>A</strong> and <strong>3 others</strong>": a strong that starts with the count is not a name.
  const names = inside.filter((t) => !/^\d/.test(t));
  const counted = inside.filter((t) => /^\d/.test(t)).join(' ');
  return { names, count: names.length + (othersIn(`${counted} ${linkText}`) ?? 0), url };
}

const CANDIDATES = 'a[href*="/search/results/people"]';

/** The first mutual-connections link in the scope that has words in it (SDUI leaves empty clones). */
export function findMutualLink(scope: Scope, base: string): Element | null {
  for (const a of queryAll(scope, CANDIDATES)) {
    if (isMutualsHref(a.getAttribute('href') ?? '', base) && clean(a.textContent)) return a;
  }
  return null;
}

export function readMutuals(scope: Scope, base: string): Mutuals | null {
  const link = findMutualLink(scope, base);
  return link ? readMutualLink(link, base) : null;
}

/** One people-search row, whichever front end drew it; no mutuals sentence means none shown. */
export function searchResult(
  name: string,
  profileUrl: string | null,
  degree: Degree | null,
  mutuals: Mutuals | null,
): SearchResult {
  return { name, profileUrl, degree, mutualCount: mutuals?.count ?? 0, mutualNames: mutuals?.names ?? [] };
}
