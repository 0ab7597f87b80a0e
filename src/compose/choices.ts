// The composer's decisions, pure: which templates to offer for this person (the recommendation
// first), which source renders (a user's edited copy replaces the built-in), the context the
// template sees, and the length limit that applies.
import type { Suggestion } from '../coach/recommend';
import type { Contact, Me, Settings, UserTemplate } from '../model';
import { buildContext, type TemplateContext } from '../templates/context';
import type { ShippedMeta, ShippedTemplate } from '../templates/meta';

export interface TemplateChoice {
  id: string;
  title: string;
  meta: Pick<ShippedMeta, 'kind' | 'channel' | 'maxLength' | 'pairsWith'>;
  /** The one-line reason when a suggestion put it here. */
  reason: string | null;
  /** Suggested mutual for an intro request. */
  viaMutual: string | null;
  /** Set when the user's own template replaces or adds to the library. */
  user: UserTemplate | null;
  shipped: ShippedTemplate | null;
}

/** Suggested templates first (in the recommender's order), then the rest of the library. */
export function templateChoices(
  suggestions: Suggestion[],
  shipped: ShippedTemplate[],
  user: UserTemplate[],
): TemplateChoice[] {
  const byId = new Map(shipped.map((t) => [t.meta.id, t]));
  const userFor = new Map(user.filter((u) => u.basedOn).map((u) => [u.basedOn as string, u]));
  const choices: TemplateChoice[] = [];
  const seen = new Set<string>();
  const add = (id: string, reason: string | null, viaMutual: string | null) => {
    if (seen.has(id)) return;
    const base = byId.get(id);
    const own = userFor.get(id) ?? user.find((u) => u.id === id) ?? null;
    if (!base && !own) return;
    seen.add(id);
    choices.push({
      id,
      title: own?.title ?? base?.meta.title ?? id,
      meta: {
        kind: own?.kind ?? (base as ShippedTemplate).meta.kind,
        channel: own?.channel ?? (base as ShippedTemplate).meta.channel,
        maxLength: own?.maxLength ?? base?.meta.maxLength ?? null,
        pairsWith: base?.meta.pairsWith ?? null,
      },
      reason,
      viaMutual,
      user: own,
      shipped: base ?? null,
    });
  };
  for (const suggestion of suggestions) {
    for (const id of suggestion.templateIds) add(id, suggestion.reason, suggestion.viaMutual ?? null);
  }
  for (const template of shipped) add(template.meta.id, null, null);
  for (const own of user) if (!own.basedOn) add(own.id, null, null);
  return choices;
}

export function composerContext(
  contact: Contact,
  me: Me,
  mutual: string | null,
  yearsSinceContact: number | null,
): TemplateContext {
  return buildContext({
    person: {
      fullName: contact.name,
      company: contact.company ?? '',
      role: contact.role ?? '',
      headline: contact.headline ?? '',
      howWeKnow: contact.howWeKnow ?? '',
      relationship: contact.relationship ?? '',
      yearsSinceContact,
      degree: contact.degree,
    },
    mutual: mutual ? { fullName: mutual } : null,
    me,
  });
}

/**
 * LinkedIn's limit for this message: an invitation note's limit as the open dialog states it,
 * else 300 with Premium and 200 without; other channels keep the template's own limit.
 */
export function lengthLimit(
  choice: TemplateChoice,
  settings: Pick<Settings, 'premium'>,
  pageNoteLimit: number | null,
): number | null {
  if (choice.meta.channel === 'invitation') return pageNoteLimit ?? (settings.premium ? 300 : 200);
  return choice.meta.maxLength;
}
