// The prep brief for a coffee chat, read on the day: who they are, how the user is connected to
// them (who introduced them, who suggested them, how they know each other), what was asked and
// noted so far, the user's own story and ask, and the questions to bring. Pure: the background
// gathers the records, the views lay it out.

import type {
  Channel,
  Chat,
  Contact,
  DayKey,
  Degree,
  LeadKind,
  Me,
  Outreach,
  OutreachKind,
  Relationship,
  StoredQuestionBank,
} from '../model';
import { defaultQuestionBank } from './questions';

export interface BriefQuestions {
  /** The user edited the bank (else it is the default set in the UI language). */
  custom: boolean;
  groups: { title: string | null; questions: string[] }[];
}

export interface ChatBrief {
  chat: Chat;
  person: Pick<Contact, 'id' | 'name' | 'headline' | 'company' | 'role' | 'profileUrl'> & {
    degree: Degree | null;
  };
  connection: {
    /** The mutual asked for the introduction, when it came through one. */
    introducedBy: string | null;
    /** The person met in a chat who named them (or introduced them). */
    suggestedBy: string | null;
    leadKind: LeadKind | null;
    relationship: Relationship | null;
    howWeKnow: string | null;
  };
  /** What was sent to them or about them, oldest first. */
  asked: { kind: OutreachKind; channel: Channel; day: DayKey; note: string; via: string | null }[];
  me: Pick<Me, 'story' | 'ask' | 'targetRole' | 'targetIndustry'>;
  questions: BriefQuestions;
}

export interface BriefInput {
  chat: Chat;
  contacts: ReadonlyMap<string, Contact>;
  /** Everything to or about the person. */
  outreach: Outreach[];
  me: Me;
  questions: StoredQuestionBank | null;
  /** The UI language, for the default questions. */
  language: string;
}

export function briefQuestions(stored: StoredQuestionBank | null, language: string): BriefQuestions {
  if (stored) return { custom: true, groups: [{ title: null, questions: stored.questions }] };
  return {
    custom: false,
    groups: defaultQuestionBank(language).groups.map((g) => ({
      title: g.title,
      questions: g.questions.map((q) => q.text),
    })),
  };
}

/** The default questions as one editable list (one per line in the editor). */
export function defaultQuestionTexts(language: string): string[] {
  return briefQuestions(null, language).groups.flatMap((g) => g.questions);
}

/** Null when the person the chat is with is gone. */
export function chatBrief(input: BriefInput): ChatBrief | null {
  const person = input.contacts.get(input.chat.contactId);
  if (!person) return null;
  const mine = input.outreach
    .filter((o) => o.contactId === person.id || o.aboutId === person.id)
    .sort((a, b) => a.at - b.at);
  const intro = mine.filter((o) => o.kind === 'intro-request' && o.aboutId === person.id).at(-1);
  const nameOf = (id: string | null | undefined) => (id ? (input.contacts.get(id)?.name ?? null) : null);
  return {
    chat: input.chat,
    person: {
      id: person.id,
      name: person.name,
      headline: person.headline,
      company: person.company,
      role: person.role,
      profileUrl: person.profileUrl,
      degree: person.degree,
    },
    connection: {
      introducedBy: intro ? (nameOf(intro.contactId) ?? intro.viaMutual) : null,
      suggestedBy: nameOf(person.suggestedBy),
      leadKind: person.suggestedBy ? (person.leadKind ?? 'suggested') : null,
      relationship: person.relationship,
      howWeKnow: person.howWeKnow,
    },
    asked: mine.map((o) => ({
      kind: o.kind,
      channel: o.channel,
      day: o.day,
      note: o.note,
      via: o.aboutId === person.id ? (nameOf(o.contactId) ?? o.viaMutual) : null,
    })),
    me: {
      story: input.me.story,
      ask: input.me.ask,
      targetRole: input.me.targetRole,
      targetIndustry: input.me.targetIndustry,
    },
    questions: briefQuestions(input.questions, input.language),
  };
}
