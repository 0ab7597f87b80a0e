// The question bank for the prep brief before a coffee chat: a default set in four languages,
// grouped the way an informational interview flows (their path, the work, the field, advice,
// who else), ending on the question that turns one chat into the next ones. Ids are stable
// so a user's edited bank can be stored and matched against later defaults.

import { type ChatLanguage, chatLanguageOf } from './chat-language';
import { QUESTIONS_DE } from './questions-de';
import { QUESTIONS_EN } from './questions-en';
import { QUESTIONS_ES } from './questions-es';
import { QUESTIONS_FR } from './questions-fr';

export const QUESTION_GROUPS = ['path', 'work', 'industry', 'advice', 'leads'] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

/** In bank order; the leads question stays last, because it produces the next chats. */
export const QUESTION_IDS = [
  'path.story',
  'path.turningPoint',
  'path.background',
  'work.typicalWeek',
  'work.bestAndHardest',
  'work.skills',
  'work.surprise',
  'industry.changes',
  'industry.culture',
  'industry.wayIn',
  'advice.inMyShoes',
  'advice.myStory',
  'advice.gaps',
  'advice.resources',
  'leads.whoElse',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** One language's wording: group headings and every question. */
export interface QuestionTexts {
  groups: Readonly<Record<QuestionGroup, string>>;
  questions: Readonly<Record<QuestionId, string>>;
}

export interface Question {
  id: QuestionId;
  group: QuestionGroup;
  text: string;
}

export interface QuestionBank {
  language: ChatLanguage;
  groups: readonly { id: QuestionGroup; title: string; questions: readonly Question[] }[];
}

const TEXTS: Readonly<Record<ChatLanguage, QuestionTexts>> = {
  en: QUESTIONS_EN,
  de: QUESTIONS_DE,
  fr: QUESTIONS_FR,
  es: QUESTIONS_ES,
};

export function groupOf(id: QuestionId): QuestionGroup {
  return id.slice(0, id.indexOf('.')) as QuestionGroup;
}

/** The default questions, in order, for a language tag ('de-CH' → German; unknown → English). */
export function defaultQuestions(language: string): Question[] {
  const texts = TEXTS[chatLanguageOf(language)];
  return QUESTION_IDS.map((id) => ({ id, group: groupOf(id), text: texts.questions[id] }));
}

/** The same questions under their group headings, for the prep brief. */
export function defaultQuestionBank(language: string): QuestionBank {
  const code = chatLanguageOf(language);
  const questions = defaultQuestions(code);
  return {
    language: code,
    groups: QUESTION_GROUPS.map((id) => ({
      id,
      title: TEXTS[code].groups[id],
      questions: questions.filter((question) => question.group === id),
    })),
  };
}
