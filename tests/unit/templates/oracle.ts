// The reference the interpreter must equal: real Handlebars (with its compiler, which only the
// tests may use) and our helpers, compiled exactly as the brief fixes it.
import Handlebars from 'handlebars';
import { TEMPLATE_HELPERS } from '../../../src/templates/helpers/index';

const reference = Handlebars.create();
for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) reference.registerHelper(name, helper);

export function handlebarsRender(source: string, context: unknown): string {
  return reference.compile(source, { noEscape: true })(context);
}

export { reference as referenceHandlebars };
