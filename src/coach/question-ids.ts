// The shape of the question bank, apart from its wording (questions-*.ts), so each language's
// table and the bank that combines them import it without a circle.

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
