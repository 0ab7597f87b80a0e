// The question bank for the prep brief before a coffee chat: a default set in four languages,
// grouped the way an informational interview flows (their path, the work, the field, advice,
// who else), ending on the question that turns one chat into the next ones. Ids are stable
// so a user's edited bank can be stored and matched against later defaults.

import { type ChatLanguage, chatLanguageOf } from './chat-language';
import {
  QUESTION_GROUPS,
  QUESTION_IDS,
  type QuestionGroup,
  type QuestionId,
  type QuestionTexts,
} from './question-ids';
import { QUESTIONS_DE } from './questions-de';
import { QUESTIONS_EN } from './questions-en';
import { QUESTIONS_ES } from './questions-es';
import { QUESTIONS_FR } from './questions-fr';

export * from './question-ids';

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
