// Name, headline and company from a top card.

import { parseDegreeMarker } from './degree';
import { detectFrontEnd } from './front-end';
import { follows, queryAll, queryPreferred, type Scope } from './scope';
import {
  COMPANY_BUTTON,
  COMPANY_TEXT,
  CURRENT_COMPANY_LABELS,
  HEADLINE,
  NAME,
  SDUI_COMPANY_ICON,
} from './selectors/profile';
import { clean, visibleText } from './text';
import { findTopCard, type TopCard } from './top-card';

export function findNameElement(card: TopCard): Element | null {
  return queryPreferred(card.scope, NAME[card.kind]);
}

/** The name in the profile's top card: where the badge goes, right after it. */
export function findNameAnchor(doc: Document): Element | null {
  const card = findTopCard(doc, detectFrontEnd(doc));
  return card ? findNameElement(card) : null;
}

/** SDUI prints the headline as the first plain paragraph after the name and its degree marker. */
function sduiHeadline(scope: Scope, nameEl: Element | null): string | null {
  for (const p of queryAll(scope, 'p')) {
    if (nameEl && !follows(p, nameEl)) continue;
    const text = visibleText(p);
    if (!text || parseDegreeMarker(text) !== null || /^[·•]$/.test(text)) continue;
    return text;
  }
  return null;
}

export function readHeadline(card: TopCard, nameEl: Element | null): string | null {
  if (card.kind === 'sdui') return sduiHeadline(card.scope, nameEl);
  const el = queryPreferred(card.scope, HEADLINE.ember);
  return el ? visibleText(el) : null;
}

function emberCompany(scope: Scope): string | null {
  for (const button of queryAll(scope, COMPANY_BUTTON)) {
    const label = (button.getAttribute('aria-label') ?? '').toLowerCase();
    if (!CURRENT_COMPANY_LABELS.some((l) => label.startsWith(l))) continue;
    for (const selector of COMPANY_TEXT) {
      const text = clean(button.querySelector(selector)?.textContent);
      if (text) return text;
    }
  }
  return null;
}

function sduiCompany(scope: Scope): string | null {
  for (const icon of queryAll(scope, SDUI_COMPANY_ICON)) {
    const entry = icon.closest('[role="button"], button, a');
    const text = entry ? visibleText(entry) : null;
    if (text) return text;
  }
  return null;
}

export function readCompany(card: TopCard): string | null {
  if (card.kind === 'generic') return null;
  return card.kind === 'sdui'
    ? (sduiCompany(card.scope) ?? emberCompany(card.scope))
    : emberCompany(card.scope);
}
