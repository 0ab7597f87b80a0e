// A card as a run of elements rather than one subtree. SDUI nests links inside links; an HTML
// parser (a browser's on a saved page, or happy-dom's) closes the outer link early and the
// stray end tags then close the card's own wrappers, so the rest of the card spills out after
// it. The run is the card plus whatever follows it up to the next boundary, which in a
// well-formed page is just the card.
export type Scope = readonly Element[];

/** Where one card ends and unrelated page furniture begins. */
const BOUNDARY =
  'section, aside, header, footer, nav, [role="listitem"], #interop-outlet, #artdeco-modal-outlet';

/**
 * Adds `el` to the run, or the part of it before the first boundary inside it (a spilled
 * wrapper can also swallow the next section). True once a boundary is reached.
 */
function collect(el: Element, roots: Element[]): boolean {
  if (el.matches(BOUNDARY)) return true;
  if (!el.querySelector(BOUNDARY)) {
    roots.push(el);
    return false;
  }
  for (const child of el.children) if (collect(child, roots)) return true;
  return false;
}

// happy-dom (the CLI, the tests) spills the rest of a misnested card as far as the body, past
// the end of <main>, so the walk climbs up to the body, not just to main.
export function cardScope(card: Element): Scope {
  const roots: Element[] = [card];
  for (let node: Element | null = card; node && node.tagName !== 'BODY'; node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (collect(sib, roots)) return roots;
    }
  }
  return roots;
}

export function queryFirst(scope: Scope, selector: string): Element | null {
  for (const root of scope) {
    if (root.matches(selector)) return root;
    const hit = root.querySelector(selector);
    if (hit) return hit;
  }
  return null;
}

export function queryAll(scope: Scope, selector: string): Element[] {
  const out: Element[] = [];
  for (const root of scope) {
    if (root.matches(selector)) out.push(root);
    for (const el of root.querySelectorAll(selector)) out.push(el);
  }
  return out;
}

/** First match of the first selector in the list that matches anything. */
export function queryPreferred(scope: Scope, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const hit = queryFirst(scope, selector);
    if (hit) return hit;
  }
  return null;
}

export function follows(el: Element, anchor: Element): boolean {
  return (anchor.compareDocumentPosition(el) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}
