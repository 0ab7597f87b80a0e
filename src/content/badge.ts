// The small badge beside the name on a profile: degree, mutual count, the suggested channel,
// and what we know (last contacted, Top 20). It lives in a shadow root so LinkedIn's styles
// and ours never meet, and it is built with textContent only: names come from the page.
export interface BadgeModel {
  degree: string;
  lines: string[];
  title: string;
}

const HOST_ID = 'coffee-chat-coach-badge';
/** Attribute naming a search result's badge host. */
const RESULT_KEY = 'data-coffee-chat-coach-result';

const STYLE = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin-inline-start: 8px; max-width: min(560px, 60vw); }
.badge { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 2px 6px; font: 12px/1.4 system-ui, sans-serif; max-width: 100%; min-width: 0;
  color: #1d2226; background: #fff8e6; border: 1px solid #e7c873; border-radius: 12px; padding: 2px 10px; }
.badge::before { content: "☕"; }
.degree { font-weight: 700; color: #8a5a00; }
.line { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 240px; }
.line + .line::before { content: "·"; margin-inline-end: 6px; color: #8a5a00; }
@media (prefers-color-scheme: dark) {
  .badge { color: #f3f2ef; background: #3a2f14; border-color: #8a6d1f; }
  .degree, .line + .line::before { color: #f0c35a; }
}`;

/**
 * The badge after `anchor`. The profile's badge is one of a kind; a search page has one per
 * result, told apart by `key` (the result's profile URL) so a redraw replaces its own.
 */
export function renderBadge(
  anchor: Element,
  model: BadgeModel,
  signal: AbortSignal,
  key?: string,
): HTMLElement {
  const host = document.createElement('span');
  if (key === undefined) {
    document.getElementById(HOST_ID)?.remove();
    host.id = HOST_ID;
  } else {
    for (const old of document.querySelectorAll(`span[${RESULT_KEY}]`))
      if (old.getAttribute(RESULT_KEY) === key) old.remove();
    host.setAttribute(RESULT_KEY, key);
  }
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'note');
  // A long name is cut on screen; the whole text stays in the tooltip and the accessible name.
  badge.title = model.title;
  badge.setAttribute('aria-label', model.title);
  if (model.degree) {
    const degree = document.createElement('span');
    degree.className = 'degree';
    degree.textContent = model.degree;
    badge.append(degree);
  }
  for (const text of model.lines) {
    const line = document.createElement('span');
    line.className = 'line';
    line.dir = 'auto';
    line.textContent = text;
    badge.append(line);
  }
  root.append(style, badge);
  // After the link that wraps the name (Ember and SDUI both wrap it), so the badge is not
  // part of LinkedIn's link.
  (anchor.closest('a') ?? anchor).after(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return host;
}

export function removeBadge(): void {
  document.getElementById(HOST_ID)?.remove();
}
