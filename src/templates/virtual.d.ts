// The module build/handlebars-templates.ts generates from templates/*.hbs at build time.
declare module 'virtual:shipped-templates' {
  import type { ShippedMeta } from './meta';

  /** `Handlebars.precompile` output: an object literal of compiled functions, no eval needed. */
  export type TemplateSpec = Record<string, unknown>;

  export interface ShippedEntry {
    /** 'en' for templates/*.hbs, else the folder of the translation (templates/de/…). */
    locale: string;
    meta: ShippedMeta;
    body: TemplateSpec;
    subject: TemplateSpec | null;
    source: string;
    subjectSource: string | null;
    /** Every path the template reads (`person.firstName`, `me.targetRole`…), found at build time. */
    variables: string[];
  }

  export const shipped: ShippedEntry[];
}
