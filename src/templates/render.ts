// Public entry for user-written templates: parse, refuse what we do not support, interpret.
// Never eval or new Function: MV3 extension pages forbid both (see TOOLCHAIN.md).

import { Interpreter } from './interpret';
import { parseTemplate } from './parse';
import { findProblems } from './validate';

export { checkTemplate, type TemplateCheck, type TemplateProblem, type TemplateVariable } from './check';
export { TemplateError } from './errors';

/**
 * Renders like `Handlebars.compile(source, { noEscape: true })(context)` with our helpers, for
 * the supported subset; anything else throws a TemplateError with a 1-based line and column.
 */
export function renderTemplate(source: string, context: unknown): string {
  const program = parseTemplate(source);
  const [problem] = findProblems(program);
  if (problem) throw problem;
  return new Interpreter().run(program, context);
}
