// Mutual connections with no link to the full list. When every mutual connection is named
// ("X is a mutual connection", "X and Y are mutual connections"), LinkedIn's people search
// prints each name as a profile link and adds no search link, so the href-based reader
// (mutuals.ts) finds nothing. Here the sentence is recognised by its words instead, with the
// names taken out: "{} is a mutual connection" must be the whole sentence, so a snippet such
// as "Current: <strong>Data</strong> <strong>Analyst</strong> at …" never counts.
import { loneMutualNames } from './mutual-phrases';
import { isMutualsHref } from './mutuals';
import { clean } from './text';
import type { Mutuals } from './types';

const INLINE = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'BDI', 'BDO']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'SVG', 'svg', 'FIGURE', 'IMG', 'LI-ICON']);

function isInline(node: Node): boolean {
  if (node.nodeType === 3) return true;
  return node.nodeType === 1 && INLINE.has((node as Element).tagName);
}

/** The inline run the `<strong>` sits in: up to its block parent, then its inline siblings. */
function run(strong: Element): Node[] {
  let top: Element = strong;
  while (top.parentElement && INLINE.has(top.parentElement.tagName)) top = top.parentElement;
  const nodes: Node[] = [top];
  for (let n = top.previousSibling; n && isInline(n); n = n.previousSibling) nodes.unshift(n);
  for (let n = top.nextSibling; n && isInline(n); n = n.nextSibling) nodes.push(n);
  return nodes;
}

interface Frame {
  text: string;
  names: string[];
  /** A link to the full list is in the run: the href reader owns this sentence. */
  linked: boolean;
}

// Ember repeats some sentences in an aria-hidden and a visually-hidden copy: read the visual one.
function frame(nodes: Node[]): Frame {
  const skipHidden = nodes.some(
    (n) => n.nodeType === 1 && (n as Element).closest('[aria-hidden="true"]') !== null,
  );
  const out: Frame = { text: '', names: [], linked: false };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      out.text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || (skipHidden && el.classList.contains('visually-hidden'))) return;
    if (el.tagName === 'A' && isMutualsHref(el.getAttribute('href') ?? '')) out.linked = true;
    if (el.tagName === 'STRONG') {
      const name = clean(el.textContent);
      if (name) out.names.push(name);
      out.text += ' {} ';
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  };
  for (const node of nodes) visit(node);
  return out;
}

/** Names and count from a lone mutual-connections sentence among `roots`, or null. */
export function readLoneMutuals(roots: readonly Element[]): Mutuals | null {
  const seen = new Set<Node>();
  for (const root of roots) {
    for (const strong of root.querySelectorAll('strong')) {
      const nodes = run(strong);
      const key = nodes[0];
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const { text, names, linked } = frame(nodes);
      if (linked) continue;
      const expected = loneMutualNames(text);
      if (expected !== null && expected === names.length) return { count: names.length, names, url: null };
    }
  }
  return null;
}
