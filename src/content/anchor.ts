// Where the badge goes: right after the person's name in the top card. Ember renders the name
// as the page's h1; SDUI has no h1 and renders it as an h2 inside the top-card section.
const NAME_SELECTORS = [
  'main section[data-member-id] h1', // Ember 2024–26
  'main h1.text-heading-xlarge', // 2021–23
  'section[componentkey$="Topcard"] h2', // SDUI 2026
  'main h1', // generic
];

export function findNameAnchor(doc: Document): Element | null {
  for (const selector of NAME_SELECTORS) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return null;
}
