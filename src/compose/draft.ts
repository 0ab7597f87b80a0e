// The draft as pure data: which template, which mutual, what the user changed, and everything
// that follows from it (the rendered text, the limit, what "Log as sent" records). The composer
// components only hold this state and show it.
import { lastOutreachSummary } from '../coach/last-outreach';
import type { Translate } from '../coach/messages';
import { recommend, type Suggestion, yearsSinceContact } from '../coach/recommend';
import type { ContactView, DayKey, Draft, LogRequest, Me, PageReadView, Settings } from '../model';
import type { TemplateContext } from '../templates/context';
import { composerContext, lengthLimit, type TemplateChoice } from './choices';
import { type Interpreter, type Rendered, renderChoice } from './render';

export interface DraftState {
  choiceId: string;
  /** The mutual asked, for an intro request. */
  mutual: string | null;
  /** The user's own text, once they edit it; null = the template's. */
  body: string | null;
  subject: string | null;
}

/** The mutual connections on offer: as the page lists them now, else as stored. */
export function mutualOptions(person: ContactView, read: PageReadView | null): string[] {
  return read?.profile?.mutualNames.length ? read.profile.mutualNames : person.contact.mutualNames;
}

export function composerSuggestions(
  person: ContactView,
  read: PageReadView | null,
  settings: Pick<Settings, 'premium' | 'followUpAfterDays'>,
  today: DayKey,
  t: Translate,
): Suggestion[] {
  const { contact } = person;
  return recommend(
    {
      degree: contact.degree,
      mutualNames: mutualOptions(person, read),
      mutualCount: contact.mutualCount,
      relationship: contact.relationship,
      source: contact.source,
      yearsSinceLastContact: yearsSinceContact(contact, today),
      premium: settings.premium,
      top20: contact.top20Rank !== null,
      canConnect: read?.profile?.canConnect ?? false,
      pending: read?.profile?.pending ?? false,
      last: lastOutreachSummary(person.lastOutreach, today),
      followUpAfterDays: settings.followUpAfterDays,
    },
    t,
  );
}

/** The recommended template, with its suggested mutual (or the first one listed). */
export function initialDraft(choices: TemplateChoice[], mutuals: string[]): DraftState {
  const first = choices[0];
  return {
    choiceId: first?.id ?? '',
    mutual: first?.viaMutual ?? mutuals[0] ?? null,
    body: null,
    subject: null,
  };
}

/** Another template: the user's edits belonged to the old one. */
export function pickTemplate(state: DraftState, choices: TemplateChoice[], id: string): DraftState {
  const next = choices.find((c) => c.id === id);
  return { choiceId: id, mutual: next?.viaMutual ?? state.mutual, body: null, subject: null };
}

export function restoreDraft(stored: Draft): DraftState {
  return {
    choiceId: stored.templateId,
    mutual: stored.viaMutual,
    body: stored.body,
    subject: stored.subject,
  };
}

export function toStoredDraft(state: DraftState, key: string, now: number): Draft | null {
  if (state.body === null) return null;
  return {
    key,
    templateId: state.choiceId,
    subject: state.subject,
    body: state.body,
    viaMutual: state.mutual,
    updatedAt: now,
  };
}

export interface DraftView {
  choice: TemplateChoice;
  context: TemplateContext;
  rendered: Rendered;
  text: string;
  subject: string | null;
  limit: number | null;
  over: boolean;
}

export function chosen(state: DraftState, choices: TemplateChoice[]): TemplateChoice | undefined {
  return choices.find((c) => c.id === state.choiceId) ?? choices[0];
}

/** What the composer shows; null while a user template waits for the interpreter to load. */
export function viewDraft(input: {
  state: DraftState;
  choice: TemplateChoice;
  context: TemplateContext;
  interpreter: Interpreter | null;
  settings: Pick<Settings, 'premium'>;
  pageNoteLimit: number | null;
}): DraftView | null {
  const { state, choice, context } = input;
  const rendered = renderChoice(choice, context, input.interpreter);
  if (!rendered) return null;
  const text = state.body ?? rendered.body;
  const limit = lengthLimit(choice, input.settings, input.pageNoteLimit);
  return {
    choice,
    context,
    rendered,
    text,
    subject: state.subject ?? rendered.subject,
    limit,
    over: limit !== null && text.length > limit,
  };
}

export function draftContext(person: ContactView, me: Me, mutual: string | null, today: DayKey) {
  return composerContext(person.contact, me, mutual, yearsSinceContact(person.contact, today));
}

/** What "Log as sent" records for this draft. */
export function logRequest(
  state: DraftState,
  choice: TemplateChoice,
  contactId: string,
  requestId: string,
): LogRequest {
  return {
    requestId,
    contactId,
    kind: choice.meta.kind,
    channel: choice.meta.channel,
    templateId: choice.id,
    viaMutual: choice.meta.kind === 'intro-request' ? state.mutual : null,
  };
}

/** Subject and body as one text, for the clipboard. */
export function clipboardText(view: Pick<DraftView, 'text' | 'subject'>): string {
  return view.subject ? `${view.subject}\n\n${view.text}` : view.text;
}
