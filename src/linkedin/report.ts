// "Save a report" for a page the readers cannot read: the page's skeleton, safe to send to a
// maintainer. Tag names, structure, attribute names and the values readers key on (classes,
// ids, roles, data-*, componentkey, links reduced to their pattern) stay; every text becomes
// `[text N]` unless it is made of the readers' own table words; images, scripts, styles and
// message text go. Written node by node with our own escaping: the page's own serialisation
// (innerHTML, outerHTML) would carry everything.
import { Pseudonyms, reduceUrl } from './report-values';
import { reportLabel, reportText } from './report-words';

/** Message words, dropped with everything inside them. */
const MESSAGE_WORDS = [
  '.msg-s-event-listitem__body',
  '.msg-s-event__content',
  '.msg-conversation-card__message-snippet',
  '.msg-s-message-list__quick-replies-container',
].join(', ');
/** Kept as empty shells: the composer's draft, a note being typed, code and styles. */
const EMPTIED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'iframe',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'object',
]);
/** Labels that quote a message ("Options for your message: <snippet>"): the value goes. */
const QUOTING = '.msg-s-event-listitem__options-trigger';
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Values kept as they are (after ids are pseudonymised). */
const KEPT = new Set([
  'class',
  'id',
  'role',
  'componentkey',
  'type',
  'rel',
  'name',
  'maxlength',
  'contenteditable',
  'dir',
  'lang',
  'hidden',
  'disabled',
  'tabindex',
  'target',
  'loading',
  'charset',
  'http-equiv',
  'for',
  'datetime',
  'size',
  'property',
  'aria-hidden',
  'aria-expanded',
  'aria-pressed',
  'aria-current',
  'aria-disabled',
  'aria-multiline',
  'aria-live',
  'aria-modal',
  'aria-haspopup',
  'aria-selected',
  'aria-checked',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-autocomplete',
]);
/** Values that are words: kept only when they are table words. */
const WORDED = new Set([
  'aria-label',
  'alt',
  'title',
  'placeholder',
  'value',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'label',
  'summary',
]);
const LINKS = new Set(['href', 'action', 'xlink:href', 'formaction', 'cite', 'poster']);
/** Dropped altogether: images and anything that loads them. */
const DROPPED = new Set([
  'src',
  'srcset',
  'sizes',
  'imagesrcset',
  'data-delayed-url',
  'data-ghost-url',
  'background',
]);
/** `<meta name=…>` whose content is page furniture, not words about anyone. */
const META_NAMES = new Set(['pagekey', 'locale', 'viewport', 'robots']);

const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');
const ATTR_NAME = /^[^\s"'>/=]+$/;

interface Walk {
  base: string;
  ps: Pseudonyms;
  out: string[];
  /** The canonical link to add to <head> when the page has none. */
  canonical: string | null;
}

function attrValue(el: Element, name: string, value: string, w: Walk): string | null {
  if (DROPPED.has(name) || name.startsWith('on')) return null;
  if (LINKS.has(name)) return reduceUrl(value, w.base, w.ps);
  if (name === 'content' && el.localName === 'meta') {
    const key = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    if (key === 'og:url') return reduceUrl(value, w.base, w.ps);
    return META_NAMES.has(key) ? w.ps.scrub(value) : reportLabel(value);
  }
  if (WORDED.has(name)) return el.matches(QUOTING) ? '' : reportLabel(value);
  // data-* values with spaces are words ("Write a message…"); the rest are ids and flags.
  if (name.startsWith('data-')) return /\s/.test(value.trim()) ? reportLabel(value) : w.ps.scrub(value);
  if (name === 'class') return value;
  if (KEPT.has(name)) return w.ps.scrub(value);
  return '';
}

function openTag(el: Element, w: Walk): string {
  let tag = `<${el.localName}`;
  for (const { name, value } of [...el.attributes]) {
    if (!ATTR_NAME.test(name)) continue;
    const kept = attrValue(el, name, value, w);
    if (kept === null) continue;
    tag +=
      kept === '' && !KEPT.has(name) && !WORDED.has(name) ? ` ${name}` : ` ${name}="${escapeAttr(kept)}"`;
  }
  return `${tag}>`;
}

function walkChildren(node: ParentNode, w: Walk): void {
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, w);
}

function walk(node: Node, w: Walk): void {
  if (node.nodeType === 3) {
    const parent = node.parentElement?.localName;
    w.out.push(
      escapeText(
        parent === 'title' ? reportText(node.nodeValue ?? '').trim() : reportText(node.nodeValue ?? ''),
      ),
    );
    return;
  }
  if (node.nodeType !== 1) return; // comments, processing instructions
  const el = node as Element;
  if (el.matches(MESSAGE_WORDS)) {
    w.out.push('<!-- message text dropped -->');
    return;
  }
  const name = el.localName;
  w.out.push(openTag(el, w));
  if (name === 'head' && w.canonical) w.out.push(`<link rel="canonical" href="${escapeAttr(w.canonical)}">`);
  if (VOID.has(name)) return;
  if (!EMPTIED.has(name) && !el.matches('[contenteditable="true"], [contenteditable=""]')) {
    // An open shadow root (the 2026 invitation dialog) is written inside its host, as light DOM.
    if (el.shadowRoot) {
      w.out.push('<!-- shadow root -->');
      walkChildren(el.shadowRoot, w);
      w.out.push('<!-- end of shadow root -->');
    }
    walkChildren(el, w);
  }
  w.out.push(`</${name}>`);
}

/**
 * The sanitised skeleton of `doc` as HTML-like text: no name, headline, message text or image
 * survives, yet the readers read it back (degree, mutual count, actions, who wrote which
 * message). `url` is the page's address; it is reduced to its pattern like every link.
 */
export function pageReport(doc: Document, url: string | null): string {
  const base = url ?? 'https://www.linkedin.com/';
  const ps = new Pseudonyms();
  const hasCanonical = doc.querySelector('link[rel="canonical"]') !== null;
  const w: Walk = { base, ps, out: [], canonical: null };
  // Reduce the page URL first so that its person is [slug-1] whatever the markup's order.
  const pattern = url ? reduceUrl(url, base, ps) : null;
  if (pattern && !hasCanonical) w.canonical = pattern;
  w.out.push('<!DOCTYPE html>\n');
  w.out.push(
    `<!-- Coffee Chat Coach page report${pattern ? ` of ${escapeText(pattern).replace(/--/g, '-\u200b-')}` : ''}. Texts are [text length] placeholders except the readers' table words; names, headlines, message text and images are left out. -->\n`,
  );
  walk(doc.documentElement, w);
  w.out.push('\n');
  return w.out.join('');
}
