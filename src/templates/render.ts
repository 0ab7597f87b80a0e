// Public entry for user-written templates: parse, refuse what we do not support, interpret.
// Never eval or new Function: MV3 extension pages forbid both (see TOOLCHAIN.md).

import { TemplateError, templateProblem } from './errors';
import { Interpreter } from './interpret';
import { parseTemplate } from './parse';
import { findProblems } from './validate';

export { checkTemplate, type TemplateCheck, type TemplateProblem, type TemplateVariable } from './check';
export { TemplateError };

/**
 * Renders like `Handlebars.compile(source, { noEscape: true })(context)` with our helpers, for
 * the supported subset; anything else throws a TemplateError with a 1-based line and column.
 */
export function renderTemplate(source: string, context: unknown): string {
  try {
    const program = parseTemplate(source);
    const [problem] = findProblems(program);
    if (problem) throw problem;
    return new Interpreter().run(program, context);
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    // Not a problem we know how to point at (a stack overflow, a bug): still a TemplateError,
    // so every screen that shows one shows this too.
    throw new TemplateError(templateProblem('templateNotRendered'), 1, 1);
  }
}
