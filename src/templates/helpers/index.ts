// The helpers every renderer registers: the Handlebars runtime for shipped templates, the
// interpreter for user templates and the differential tests. Pure functions of their arguments.
import { anios } from './anios';
import { ans } from './ans';
import { defaultHelper } from './default';
import { firstWord } from './firstWord';
import { jahre } from './jahre';
import { list } from './list';
import { phrase } from './phrase';
import { sentence } from './sentence';
import { years } from './years';

/** Handlebars calling convention: positional params, then an options object (`{ hash, … }`). */
export type TemplateHelper = (...args: unknown[]) => unknown;

export const TEMPLATE_HELPERS: Readonly<Record<string, TemplateHelper>> = Object.freeze({
  years,
  firstWord,
  list,
  default: defaultHelper,
  jahre,
  ans,
  años: anios,
  sentence,
  phrase,
});

export function isTemplateHelper(name: string): boolean {
  return Object.hasOwn(TEMPLATE_HELPERS, name);
}
