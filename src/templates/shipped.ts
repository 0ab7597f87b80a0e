// Renders precompiled shipped templates with the Handlebars runtime (no compiler, no eval).
// Kept apart from library.ts so tests can feed it the plugin's output without Vite.

import type { ShippedEntry } from 'virtual:shipped-templates';
import Handlebars from 'handlebars/runtime';
import { TEMPLATE_HELPERS } from './helpers/index';
import type { ShippedTemplate } from './meta';

export interface RenderedMessage {
  subject: string | null;
  body: string;
}

export interface ShippedLibrary {
  /** The library in `locale` (default English), English where a template is not translated. */
  listShipped(locale?: string): ShippedTemplate[];
  renderShipped(id: string, context: unknown, locale?: string): RenderedMessage;
}

type Compiled = (context: unknown) => string;

export function createShippedLibrary(entries: readonly ShippedEntry[]): ShippedLibrary {
  const env = Handlebars.create();
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) env.registerHelper(name, helper);
  // The runtime's types want its own TemplateSpecification; ours is the same object, typed loosely.
  const load = (spec: ShippedEntry['body']): Compiled =>
    env.template(spec as unknown as Parameters<typeof env.template>[0]) as Compiled;
  // Compiled on first use: the popup renders one or two templates, not all of them.
  const compiled = new Map<string, { body: Compiled; subject: Compiled | null }>();
  const key = (locale: string, id: string) => `${locale}:${id}`;
  const byKey = new Map(entries.map((entry) => [key(entry.locale, entry.meta.id), entry]));
  /** The template in `locale`, or the English one where that language has no translation. */
  const pick = (id: string, locale: string) => byKey.get(key(locale, id)) ?? byKey.get(key('en', id));
  const toTemplate = (entry: ShippedEntry): ShippedTemplate => ({
    locale: entry.locale,
    meta: { ...entry.meta },
    source: entry.source,
    subjectSource: entry.subjectSource,
    variables: entry.variables,
  });
  const english = entries.filter((entry) => entry.locale === 'en');
  return {
    listShipped: (locale = 'en') => english.map((entry) => toTemplate(pick(entry.meta.id, locale) ?? entry)),
    renderShipped(id, context, locale = 'en') {
      const entry = pick(id, locale);
      if (!entry) throw new Error(`No shipped template "${id}"`);
      const k = key(entry.locale, id);
      let template = compiled.get(k);
      if (!template) {
        template = { body: load(entry.body), subject: entry.subject ? load(entry.subject) : null };
        compiled.set(k, template);
      }
      return { subject: template.subject?.(context) ?? null, body: template.body(context) };
    },
  };
}
