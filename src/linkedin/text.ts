// Text helpers over textContent only: innerText forces layout, and the content script runs
// on every profile route change.

/** Collapse whitespace (LinkedIn pads everything with newlines and `white-space-pre` spans). */
export function clean(text: string | null | undefined): string | null {
  if (!text) return null;
  const out = text.replace(/[\s\u00a0\u202f\u200b]+/g, ' ').trim();
  return out === '' ? null : out;
}

// Subtrees that hold no visible words: icons, and the screen-reader copy Ember puts next to an
// aria-hidden visual copy of the same sentence ("2nd" + "2nd degree connection").
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'svg', 'FIGURE', 'IMG', 'LI-ICON']);

function isSkipped(el: Element, skipVisuallyHidden: boolean): boolean {
  return SKIP.has(el.tagName) || (skipVisuallyHidden && el.classList.contains('visually-hidden'));
}

/** The visible words of an element, read once even where Ember duplicates them for screen readers. */
export function visibleText(el: Element): string | null {
  const skipHidden = !el.classList.contains('visually-hidden');
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !isSkipped(child as Element, skipHidden)) walk(child);
    }
  };
  walk(el);
  return clean(out);
}

/** `(3) Jane Doe | LinkedIn` → `Jane Doe`; LinkedIn prefixes the unread count. */
export function nameFromTitle(title: string): string | null {
  const name = clean(title.replace(/^\s*\(\d+\+?\)\s*/, '').replace(/\s*[|–-]\s*LinkedIn\s*$/i, ''));
  if (!name || /^linkedin$/i.test(name)) return null;
  return name;
}
