// Reads the profile on screen from its top card only. Pure: a Document in, plain data out.
import type { Degree } from '../model';
import { readActions } from './actions';
import { detectFrontEnd } from './front-end';
import { readMutuals } from './mutuals';
import { readDegreeMarkers } from './profile-degree';
import { findNameElement, readCompany, readHeadline } from './profile-fields';
import { baseUrl, canonicalProfileUrl } from './profile-url';
import { readInviteNoteLimit } from './targets';
import { nameFromTitle, visibleText } from './text';
import { findTopCard } from './top-card';
import type { Missing, ProfileRead } from './types';

function pageProfileUrl(doc: Document, url: string): string | null {
  const fromUrl = canonicalProfileUrl(url);
  if (fromUrl) return fromUrl;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return canonical ? canonicalProfileUrl(canonical) : null;
}

function unreadable(base: ProfileRead, reason: string): ProfileRead {
  const fields = ['name', 'headline', 'company', 'degree', 'actions', 'mutuals'];
  return {
    ...base,
    readable: false,
    missing: [
      { field: 'topCard', reason },
      ...fields.map((field) => ({ field, reason: 'not read: no top card' })),
    ],
  };
}

/**
 * The degree, cross-checked with the actions: an invitation (offered or pending) means the
 * person is not 1st degree, whatever a stray marker says.
 */
function settleDegree(markers: Degree[], notFirst: boolean, missing: Missing[]): Degree | null {
  const [first = null] = markers;
  if (first !== 1 || !notFirst) return first;
  const other = markers.find((d) => d !== 1) ?? null;
  if (other === null) {
    missing.push({ field: 'degree', reason: 'the 1st-degree marker contradicts the invite action' });
  }
  return other;
}

export function readProfile(doc: Document, url: string): ProfileRead {
  const frontEnd = detectFrontEnd(doc);
  const base: ProfileRead = {
    frontEnd,
    profileUrl: pageProfileUrl(doc, url),
    name: null,
    headline: null,
    company: null,
    degree: null,
    self: false,
    mutualCount: 0,
    mutualNames: [],
    mutualsUrl: null,
    canConnect: false,
    pending: false,
    canMessageFree: false,
    inviteNoteLimit: readInviteNoteLimit(doc),
    missing: [],
    readable: true,
  };
  const card = findTopCard(doc, frontEnd);
  if (!card) {
    return unreadable(
      base,
      'no profile top card (no Ember or SDUI top-card section, no name heading in main)',
    );
  }
  const missing: Missing[] = [];
  const nameEl = findNameElement(card);
  const name = (nameEl ? visibleText(nameEl) : null) ?? nameFromTitle(doc.title);
  const headline = readHeadline(card, nameEl);
  const company = readCompany(card);
  const actions = readActions(card.scope);
  const mutuals = readMutuals(card.scope, baseUrl(url));
  const markers = actions.self ? [] : readDegreeMarkers(card, nameEl);
  const degree = settleDegree(markers, actions.canConnect || actions.pending, missing);

  if (!base.profileUrl)
    missing.push({ field: 'profileUrl', reason: 'neither the URL nor the canonical link is a profile' });
  if (!name) missing.push({ field: 'name', reason: 'no name heading in the top card and none in the title' });
  if (!headline) missing.push({ field: 'headline', reason: 'no headline line in the top card' });
  if (!company) missing.push({ field: 'company', reason: 'no current-company entry in the top card' });
  if (degree === null && !actions.self && !missing.some((m) => m.field === 'degree')) {
    missing.push({
      field: 'degree',
      reason: 'no degree marker in the top card (out of network, or unknown markup)',
    });
  }
  return {
    ...base,
    name,
    headline,
    company,
    degree,
    self: actions.self,
    mutualCount: mutuals?.count ?? 0,
    mutualNames: mutuals?.names ?? [],
    mutualsUrl: mutuals?.url ?? null,
    canConnect: actions.canConnect,
    pending: actions.pending,
    canMessageFree: degree === 1 && !actions.self,
    missing,
  };
}
