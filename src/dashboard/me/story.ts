// The "My story" form as text fields, and the Me it saves; the lessons log's order. Pure.
import type { Me } from '../../model';

export type Lesson = Me['lessons'][number];

/** The limits MeSchema enforces, so a save never fails on them. */
export const MAX_COMPANIES = 50;
export const MAX_COMPANY_LENGTH = 200;

export interface StoryFields {
  name: string;
  story: string;
  targetRole: string;
  targetIndustry: string;
  /** As typed: "Acme, Globex, Initech". */
  companies: string;
  ask: string;
}

/** "Acme, globex ,, Acme" → ["Acme", "globex"]: trimmed, no blanks, no repeats (any case). */
export function parseCompanies(text: string): string[] {
  const seen = new Set<string>();
  const companies: string[] = [];
  for (const part of text.split(/[,\n;]/)) {
    const company = part.replace(/\s+/g, ' ').trim().slice(0, MAX_COMPANY_LENGTH);
    const key = company.toLocaleLowerCase();
    if (company === '' || seen.has(key)) continue;
    seen.add(key);
    companies.push(company);
  }
  return companies.slice(0, MAX_COMPANIES);
}

export function fieldsOf(me: Me): StoryFields {
  return {
    name: me.name,
    story: me.story,
    targetRole: me.targetRole,
    targetIndustry: me.targetIndustry,
    companies: me.targetCompanies.join(', '),
    ask: me.ask,
  };
}

/** What the form saves; lessons are saved on their own. */
export function storyChanges(fields: StoryFields): Omit<Me, 'lessons'> {
  return {
    name: fields.name.trim(),
    story: fields.story.trim(),
    targetRole: fields.targetRole.trim(),
    targetIndustry: fields.targetIndustry.trim(),
    targetCompanies: parseCompanies(fields.companies),
    ask: fields.ask.trim(),
  };
}

/** Newest day first; on the same day the later entry first. Keeps each entry's stored index. */
export function lessonsNewestFirst(lessons: Lesson[]): { lesson: Lesson; index: number }[] {
  return lessons
    .map((lesson, index) => ({ lesson, index }))
    .sort((a, b) => b.lesson.day.localeCompare(a.lesson.day) || b.index - a.index);
}

export function withoutLesson(lessons: Lesson[], index: number): Lesson[] {
  return lessons.filter((_, i) => i !== index);
}
