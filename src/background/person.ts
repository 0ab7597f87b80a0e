// A person as every screen shows them: the stored record, the latest message to them and about
// them, their mutuals as the user knows them, and the coach's suggestions — computed here once,
// from one input builder, so the badges, the popup and the dashboard never disagree.
import { dayKey } from '../coach/days';
import { type PersonFacts, recommendationInput } from '../coach/person-input';
import { recommend } from '../coach/recommend';
import { coachLocaleOf, coachTextFor } from '../coach/text';
import type { DB } from '../db/open';
import { countInvitations, lastAboutFor, lastOutreachFor } from '../db/outreach';
import { getSettings } from '../db/singletons';
import type { BadgeView, Contact, ContactView, DayKey, MutualView, OtherPerson, Settings } from '../model';

export function mutualSearchUrl(name: string): string {
  // The user's own 1st-degree connections by that name: a link for them to click, never opened for them.
  return `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(name)}&network=%5B%22F%22%5D`;
}

const monthStart = (day: DayKey): DayKey => `${day.slice(0, 7)}-01`;

async function mutualsOf(db: DB, contact: Contact): Promise<{ views: MutualView[]; close: string[] }> {
  const views: MutualView[] = [];
  const close: string[] = [];
  for (const name of contact.mutualNames) {
    const namesakes = await db.getAllFromIndex('contacts', 'by-name', name);
    const known = namesakes.find((c) => c.degree === 1) ?? namesakes[0] ?? null;
    views.push({
      name,
      contactId: known?.id ?? null,
      profileUrl: known?.profileUrl ?? null,
      searchUrl: mutualSearchUrl(name),
    });
    if (!known) continue;
    const warm = known.source === 'warm' || known.relationship !== null;
    const chatted =
      !warm && (await db.getAllFromIndex('outreach', 'by-contact', known.id)).some((o) => o.heldOn);
    if (warm || chatted) close.push(name);
  }
  return { views, close };
}

/** Others at the same company not asked yet: the second try of 3B7. Read only when it matters. */
async function colleaguesOf(db: DB, contact: Contact): Promise<OtherPerson[]> {
  const company = contact.company?.trim().toLocaleLowerCase();
  if (!company) return [];
  const all = await db.getAll('contacts');
  return all
    .filter(
      (c) =>
        c.id !== contact.id &&
        c.company?.trim().toLocaleLowerCase() === company &&
        c.lastContactedOn === null,
    )
    .sort((a, b) => (a.top20Rank ?? 99) - (b.top20Rank ?? 99))
    .slice(0, 3)
    .map((c) => ({ name: c.name, contactId: c.id, profileUrl: c.profileUrl }));
}

export async function notesLeftThisMonth(db: DB, settings: Settings, today: DayKey): Promise<number | null> {
  if (settings.premium) return null;
  const used = await countInvitations(db, monthStart(today), today);
  return Math.max(0, settings.monthlyNoteAllowance - used);
}

export async function personView(
  db: DB,
  contact: Contact,
  now: number,
  language: string,
  known?: { settings?: Settings },
): Promise<ContactView> {
  const today = dayKey(now);
  const [settings, lastOutreach, lastAbout, mutuals] = await Promise.all([
    known?.settings ?? getSettings(db),
    lastOutreachFor(db, contact.id),
    lastAboutFor(db, contact.id),
    mutualsOf(db, contact),
  ]);
  const about = lastOutreach?.aboutId ? ((await db.get('contacts', lastOutreach.aboutId)) ?? null) : null;
  const waiting = lastOutreach?.status === 'sent' && lastOutreach.kind !== 'invitation-note';
  const facts: PersonFacts = {
    contact,
    lastOutreach,
    lastAbout,
    aboutName: about?.name ?? null,
    closeMutuals: mutuals.close,
    sameCompany: waiting ? await colleaguesOf(db, contact) : [],
    notesLeft: await notesLeftThisMonth(db, settings, today),
  };
  const suggestions = recommend(
    recommendationInput(facts, settings, today),
    coachTextFor(coachLocaleOf(language)),
  );
  return { contact, lastOutreach, lastAbout, about, mutuals: mutuals.views, suggestions };
}

/** All a content script learns about a person: what the badge shows. */
export function badgeView(view: ContactView): BadgeView {
  const [best] = view.suggestions ?? [];
  return {
    degree: view.contact.degree,
    mutualCount: view.contact.mutualCount,
    top20: view.contact.top20Rank !== null,
    lastContactedOn: view.contact.lastContactedOn,
    suggestion: best
      ? {
          kind: best.kind,
          channel: best.channel,
          to: best.to,
          viaMutual: best.viaMutual ?? null,
          waitDays: best.waitDays ?? null,
          action: best.action ?? null,
          needsPremium: best.needsPremium ?? false,
        }
      : null,
  };
}
