// The draft as pure data: which template, to whom, which mutual, what the user changed, and
// everything that follows from it — the rendered text (an intro request with its forwardable
// note), the limit, who must be on the other end of the box, and what "Log as sent" records.
// The composer components only hold this state and show it.
import { yearsSinceContact } from '../coach/days';
import type {
  Contact,
  ContactView,
  DayKey,
  Draft,
  LogRequest,
  Me,
  MutualView,
  PageReadView,
  Recipient,
  Settings,
  Suggestion,
} from '../model';
import type { TemplateContext } from '../templates/context';
import { composerContext, lengthLimit, type TemplateChoice } from './choices';
import { type Interpreter, type Rendered, renderChoice } from './render';

export interface DraftState {
  choiceId: string;
  /** The mutual asked, for a message to a mutual. */
  mutual: string | null;
  /** The user's own text, once they edit it; null = the template's. */
  body: string | null;
  subject: string | null;
  /** The intro request's forwardable note goes as a message of its own, not below the request. */
  noteApart?: boolean;
}

/** The coach's advice for this person, as the background computed it. */
export function suggestionsOf(person: ContactView): Suggestion[] {
  return person.suggestions ?? [];
}

/** The mutual connections on offer: as the page lists them now, else as stored. */
export function mutualOptions(person: ContactView, read: PageReadView | null): string[] {
  return read?.profile?.mutualNames.length ? read.profile.mutualNames : person.contact.mutualNames;
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
  return { ...state, choiceId: id, mutual: next?.viaMutual ?? state.mutual, body: null, subject: null };
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

export function chosen(state: DraftState, choices: TemplateChoice[]): TemplateChoice | undefined {
  return choices.find((c) => c.id === state.choiceId) ?? choices[0];
}

/** Who reads this message: the person on screen, or the mutual picked for it. */
export function recipientOf(
  person: ContactView,
  state: DraftState,
  choice: TemplateChoice,
): Recipient | null {
  if (choice.to === 'person') return { name: person.contact.name, profileUrl: person.contact.profileUrl };
  if (!state.mutual) return null;
  const known = mutualView(person, state.mutual);
  return { name: state.mutual, profileUrl: known?.profileUrl ?? null };
}

export function mutualView(person: ContactView, name: string): MutualView | null {
  return person.mutuals?.find((m) => m.name === name) ?? null;
}

/**
 * The people the template speaks of. A message to a mutual greets the mutual and speaks of the
 * person on screen; written from the mutual's own page, it speaks of whom they were asked about.
 */
export function draftContext(
  person: ContactView,
  me: Me,
  state: DraftState,
  choice: TemplateChoice,
  today: DayKey,
) {
  const { contact } = person;
  let subject: Contact | null = contact;
  let mutual: { fullName: string } | null = state.mutual ? { fullName: state.mutual } : null;
  if (choice.aboutOther && choice.to === 'person') {
    subject = person.about ?? null;
    mutual = { fullName: contact.name };
  }
  return composerContext({ person: subject, mutual }, me, subject ? yearsSinceContact(subject, today) : null);
}

export interface DraftView {
  choice: TemplateChoice;
  context: TemplateContext;
  rendered: Rendered;
  /** What is inserted and counted: the message, and an intro request's note below it. */
  text: string;
  subject: string | null;
  /** The companion (the forwardable note) when it goes apart, else null. */
  note: Rendered | null;
  limit: number | null;
  over: boolean;
}

/** What the composer shows; null while a user template waits for the interpreter to load. */
export function viewDraft(input: {
  state: DraftState;
  choice: TemplateChoice;
  companion: TemplateChoice | null;
  context: TemplateContext;
  interpreter: Interpreter | null;
  settings: Pick<Settings, 'premium'>;
  pageNoteLimit: number | null;
  language: string;
}): DraftView | null {
  const { state, choice, context, language } = input;
  const rendered = renderChoice(choice, context, input.interpreter, language);
  if (!rendered) return null;
  const companion = input.companion ? renderChoice(input.companion, context, null, language) : null;
  const together =
    companion && !state.noteApart && companion.body ? `${rendered.body}\n\n${companion.body}` : null;
  const text = state.body ?? together ?? rendered.body;
  const limit = lengthLimit(choice, input.settings, input.pageNoteLimit);
  return {
    choice,
    context,
    rendered,
    text,
    subject: state.subject ?? rendered.subject,
    note: companion && state.noteApart ? companion : null,
    limit,
    over: limit !== null && text.length > limit,
  };
}

/** What "Log as sent" records for this draft: to whom, about whom, what. */
export function logRequest(
  person: ContactView,
  state: DraftState,
  choice: TemplateChoice,
  requestId: string,
): LogRequest {
  const base = {
    requestId,
    contactId: person.contact.id,
    kind: choice.meta.kind,
    channel: choice.meta.channel,
    templateId: choice.id,
    discardDraft: true,
  };
  if (choice.to === 'mutual') {
    const to = recipientOf(person, state, choice);
    return { ...base, viaMutual: to?.name ?? null, to };
  }
  // Written from the mutual's page about the person they were asked to introduce.
  const about = choice.aboutOther ? (person.about?.id ?? null) : null;
  return { ...base, viaMutual: about ? person.contact.name : null, aboutId: about };
}

/** Subject and body as one text, for the clipboard. */
export function clipboardText(view: Pick<DraftView, 'text' | 'subject'>): string {
  return view.subject ? `${view.subject}\n\n${view.text}` : view.text;
}

const EMAIL = /[^\s<>@,;]+@[^\s<>@,;]+\.[^\s<>@,;]+/;
const PHONE = /\+?\d[\d\s().-]{5,}\d/;

/** Where to write off LinkedIn: the stored email, else one typed into "how to reach". */
export function emailOf(contact: Pick<Contact, 'email' | 'reach'>): string | null {
  return contact.email?.trim() || EMAIL.exec(contact.reach ?? '')?.[0] || null;
}

export function phoneOf(contact: Pick<Contact, 'reach'>): string | null {
  return PHONE.exec(contact.reach ?? '')?.[0]?.trim() ?? null;
}

/** A link the user clicks to open their own mail program with the message filled in (no request of ours). */
export function mailtoLink(address: string, subject: string | null, body: string): string {
  const query = [subject ? `subject=${encodeURIComponent(subject)}` : '', `body=${encodeURIComponent(body)}`]
    .filter(Boolean)
    .join('&');
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?${query}`;
}

/** Channels where the user writes outside LinkedIn: nothing to insert there. */
export const OFF_LINKEDIN: ReadonlySet<string> = new Set(['email', 'phone', 'text', 'in-person']);
