// User-facing coaching text, keyed by message id, so the UI can hand in a translation later
// (pass any `Translate`); the logic never builds English by concatenation. Whole sentences
// per variant, because word order differs between languages.

import { formatDecimal, pluralForm } from '../model/intl';
import { EN } from './messages-en';

export type MessageKey = keyof typeof EN;
export type Subs = Readonly<Record<string, string | number>>;
/** Words for a key; `locale` is the language they are in, for the numbers and plurals around them. */
export type Translate = ((key: MessageKey, subs?: Subs) => string) & { locale?: string };

/** Keys that come as a `.one` / `.other` pair. */
export type PluralBase = { [K in MessageKey]: K extends `${infer Base}.one` ? Base : never }[MessageKey];

/** Replaces `{name}` with subs.name; an unknown placeholder stays visible rather than vanish. */
export function interpolate(template: string, subs: Subs = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = subs[name];
    return value === undefined ? whole : String(value);
  });
}

/** The English table: the default and the fallback for missing translations. */
export const translate: Translate = Object.assign(
  (key: MessageKey, subs?: Subs) => interpolate(EN[key], subs),
  {
    locale: 'en',
  },
);

/** A Translate over a partial table, falling back to English per key. */
export function translator(table: Partial<Record<MessageKey, string>>, locale = 'en'): Translate {
  return Object.assign((key: MessageKey, subs?: Subs) => interpolate(table[key] ?? EN[key], subs), {
    locale,
  });
}

/** Up to one decimal: paces like 2.5 chats a week are real. */
export function formatNumber(n: number, locale = 'en'): string {
  return formatDecimal(n, locale);
}

/** "1 chat" / "3 chats": picks the plural form for the number as it will be shown. */
export function plural(t: Translate, base: PluralBase, n: number, locale = t.locale ?? 'en'): string {
  const shown = Math.round(n * 10) / 10;
  const form = pluralForm(locale, shown);
  return t(`${base}.${form}`, { n: formatNumber(shown, locale) });
}

export { formatDay, relativeDay } from './day-words';
