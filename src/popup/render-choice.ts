import type { TemplateContext } from '../templates/context';
import { TemplateError } from '../templates/errors';
import { renderShipped } from '../templates/library';
import { checkTemplate, renderTemplate } from '../templates/render';
import type { TemplateChoice } from './compose';

export interface Rendered {
  subject: string | null;
  body: string;
  error: string | null;
  /** Variables the message uses that are empty or unknown for this person. */
  gaps: { path: string; known: boolean }[];
}

/** Built-ins render precompiled; the user's own templates go through the eval-free interpreter. */
export function renderChoice(choice: TemplateChoice, context: TemplateContext): Rendered {
  const source = choice.user?.body ?? choice.shipped?.source ?? '';
  const subjectSource = choice.user ? choice.user.subject : (choice.shipped?.subjectSource ?? null);
  const check = checkTemplate(`${subjectSource ?? ''}\n${source}`, context);
  const gaps = dedupe(
    check.variables.filter((v) => v.empty || !v.known).map((v) => ({ path: v.path, known: v.known })),
  );
  try {
    if (choice.user) {
      return {
        subject: subjectSource === null ? null : renderTemplate(subjectSource, context),
        body: renderTemplate(source, context),
        error: null,
        gaps,
      };
    }
    return { ...renderShipped(choice.id, context), error: null, gaps };
  } catch (error) {
    // A TemplateError's message names the line and column.
    const text = error instanceof TemplateError || error instanceof Error ? error.message : String(error);
    return { subject: null, body: '', error: text, gaps };
  }
}

function dedupe<T extends { path: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.path) && seen.add(item.path));
}
