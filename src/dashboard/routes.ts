// The dashboard's sections, addressed by the URL hash so a link (from the popup, a notification)
// can open one directly: #today, #plan, #people, #contact/<id>, … (the first run opens the plan).
export const SECTIONS = [
  'today',
  'plan',
  'progress',
  'pipeline',
  'people',
  'me',
  'templates',
  'data',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

export type Route = { section: Section } | { section: 'contact'; id: string };

export function parseRoute(hash: string): Route {
  const [head, id] = hash.replace(/^#\/?/, '').split('/');
  if (head === 'contact' && id) return { section: 'contact', id: decodeURIComponent(id) };
  return { section: (SECTIONS as readonly string[]).includes(head ?? '') ? (head as Section) : 'plan' };
}

export function href(route: Route): string {
  return route.section === 'contact' ? `#contact/${encodeURIComponent(route.id)}` : `#${route.section}`;
}
