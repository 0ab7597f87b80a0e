// The built-in message library: templates/*.hbs, precompiled by build/handlebars-templates.ts.
import { shipped } from 'virtual:shipped-templates';
import type { ShippedTemplate } from './meta';
import { createShippedLibrary, type RenderedMessage } from './shipped';

const library = createShippedLibrary(shipped);

export type { RenderedMessage, ShippedTemplate };

export function listShipped(locale = 'en'): ShippedTemplate[] {
  return library.listShipped(locale);
}

export function renderShipped(id: string, context: unknown, locale = 'en'): RenderedMessage {
  return library.renderShipped(id, context, locale);
}
