// Intl formatters, made once per language and options. Building one loads the language's data
// and costs far more than formatting with it; the badge on every LinkedIn page formats a few
// numbers and the dashboard thousands.
const made = new Map<string, unknown>();

function once<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let found = made.get(key) as T | undefined;
  if (!found) {
    found = make();
    made.set(key, found);
  }
  return found;
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  once('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const pluralRules = (locale: string): Intl.PluralRules =>
  once('plural', locale, undefined, () => new Intl.PluralRules(locale));

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  once('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const relativeTimeFormat = (
  locale: string,
  options?: Intl.RelativeTimeFormatOptions,
): Intl.RelativeTimeFormat =>
  once('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));

/**
 * A number with up to one decimal, the language's way. Small whole numbers (0–999) are written
 * alike in every shipped language, and the badge on each LinkedIn page shows only those: they
 * skip building a formatter, the largest part of what the page script costs the page.
 */
export function formatDecimal(n: number, locale: string): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(n);
}

/** Whole numbers that take the "one" form, for the shipped languages (CLDR): French counts 0 too. */
const ONE: Record<string, (n: number) => boolean> = {
  en: (n) => n === 1,
  de: (n) => n === 1,
  es: (n) => n === 1,
  fr: (n) => n === 0 || n === 1,
};

/** The plural form our texts have for `n`: "one" or "other" (Intl's rules; shipped languages without building them). */
export function pluralForm(locale: string, n: number): 'one' | 'other' {
  const rule = Number.isInteger(n) && n >= 0 && n < 1_000_000 ? ONE[locale.split('-')[0] ?? ''] : undefined;
  if (rule) return rule(n) ? 'one' : 'other';
  return pluralRules(locale).select(n) === 'one' ? 'one' : 'other';
}
