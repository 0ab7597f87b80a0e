// The composer's decisions, pure: which templates to offer for this person (the recommendation
// first), which source renders (a user's edited copy replaces the built-in), the context the
// template sees, and the length limit that applies.
import type { Contact, Me, Settings, Suggestion, UserTemplate } from '../model';
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
  /**
   * Who receives it: the person on screen, or a mutual (an intro request, its follow-up, the
   * update after the chat) — then the template greets the mutual and speaks of the person.
   */
  to: 'person' | 'mutual';
  /** The template is written to a mutual about someone else (greets `mutual`, speaks of `person`). */
  aboutOther: boolean;
  /** Set when the user's own template replaces or adds to the library. */
  user: UserTemplate | null;
  shipped: ShippedTemplate | null;
}

/** Shipped templates written to a mutual about the person to meet. */
const TO_MUTUAL: ReadonlySet<string> = new Set([
  'intro-request',
  'intro-blurb',
  'intro-update',
  'follow-up-intro',
]);

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
  const add = (
    id: string,
    reason: string | null,
    viaMutual: string | null,
    suggested?: Pick<Suggestion, 'to' | 'channel'>,
  ) => {
    if (seen.has(id)) return;
    const base = byId.get(id);
    const own = userFor.get(id) ?? user.find((u) => u.id === id) ?? null;
    if (!base && !own) return;
    seen.add(id);
    const aboutOther =
      TO_MUTUAL.has(own?.basedOn ?? id) || (own?.kind ?? base?.meta.kind) === 'intro-request';
    choices.push({
      id,
      title: own?.title ?? base?.meta.title ?? id,
      meta: {
        kind: own?.kind ?? (base as ShippedTemplate).meta.kind,
        // The coach's channel wins: a warm note goes by email when the user has the address.
        channel: suggested?.channel ?? own?.channel ?? (base as ShippedTemplate).meta.channel,
        maxLength: own?.maxLength ?? base?.meta.maxLength ?? null,
        pairsWith: base?.meta.pairsWith ?? null,
      },
      reason,
      viaMutual,
      to: suggested?.to ?? (aboutOther ? 'mutual' : 'person'),
      aboutOther,
      user: own,
      shipped: base ?? null,
    });
  };
  for (const suggestion of suggestions) {
    for (const id of suggestion.templateIds)
      add(id, suggestion.reason, suggestion.viaMutual ?? null, suggestion);
  }
  for (const template of shipped) add(template.meta.id, null, null);
  for (const own of user) if (!own.basedOn) add(own.id, null, null);
  return choices;
}

export interface ContextPeople {
  /** Who the message speaks to (the greeting) — or, for a message about someone, who it is about. */
  person: Contact | null;
  /** The mutual, for messages written to a mutual about `person`. */
  mutual: { fullName: string } | null;
}

export function composerContext(
  people: ContextPeople,
  me: Me,
  yearsSinceContact: number | null,
): TemplateContext {
  const { person } = people;
  return buildContext({
    person: person
      ? {
          fullName: person.name,
          company: person.company ?? '',
          role: person.role ?? '',
          headline: person.headline ?? '',
          howWeKnow: person.howWeKnow ?? '',
          relationship: person.relationship ?? '',
          yearsSinceContact,
          degree: person.degree,
        }
      : {},
    mutual: people.mutual,
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
