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
  listShipped(): ShippedTemplate[];
  renderShipped(id: string, context: unknown): RenderedMessage;
}

type Compiled = (context: unknown) => string;

export function createShippedLibrary(entries: readonly ShippedEntry[]): ShippedLibrary {
  const env = Handlebars.create();
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) env.registerHelper(name, helper);
  // The runtime's types want its own TemplateSpecification; ours is the same object, typed loosely.
  const load = (spec: ShippedEntry['body']): Compiled =>
    env.template(spec as unknown as Parameters<typeof env.template>[0]) as Compiled;
  const compiled = new Map(
    entries.map((entry) => [
      entry.meta.id,
      { body: load(entry.body), subject: entry.subject ? load(entry.subject) : null },
    ]),
  );
  const list: ShippedTemplate[] = entries.map((entry) => ({
    meta: entry.meta,
    source: entry.source,
    subjectSource: entry.subjectSource,
    variables: entry.variables,
  }));
  return {
    listShipped: () => list.map((template) => ({ ...template, meta: { ...template.meta } })),
    renderShipped(id, context) {
      const template = compiled.get(id);
      if (!template) throw new Error(`No shipped template "${id}"`);
      return { subject: template.subject?.(context) ?? null, body: template.body(context) };
    },
  };
}
