import { type CoachLocale, coachLocaleOf } from '../coach/locale';
import { type DayKey, type Problem, type TemplateLanguage, type Words, wordProblem } from '../model';
import { browser } from '../platform/browser';

/**
 * UI text from `_locales/<lang>/messages.json`; falls back to the key so a gap is visible.
 * Numbers are written the UI language's way ("8,000", "8.000", "8 000", "2,5").
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const texts = substitutions.map((value) => (typeof value === 'number' ? uiNumber(value) : value));
  return browser.i18n.getMessage(key, texts) || key;
}

/** A number as the UI language writes it, up to one decimal (paces like 2.5 chats a week). */
export function uiNumber(n: number): string {
  return new Intl.NumberFormat(intlLocale(uiLocale()), { maximumFractionDigits: 1 }).format(n);
}

/** The browser's words in the UI language, for wording a problem (model/errors.ts). */
const uiWords: Words = {
  message: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
  get locale() {
    return uiLocale();
  },
};

/** A problem (an error code and its parameters) in the UI's words. */
export function problemText(found: Problem): string {
  return wordProblem(found, uiWords);
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** The shipped language the UI is in (its numbers, dates and plurals follow it, not the browser's). */
export function uiLocale(): CoachLocale {
  return coachLocaleOf(uiLanguage());
}

/** The language of the message templates: the user's choice, or the browser's when "auto". */
export function templateLanguage(setting: TemplateLanguage): CoachLocale {
  return setting === 'auto' ? uiLocale() : setting;
}

// Day before month ("4 December") reads unambiguously everywhere; plain 'en' is the US order.
const intlLocale = (locale: CoachLocale): string => (locale === 'en' ? 'en-GB' : locale);

/** `key_one` or `key_other` for `n` by the UI language's plural rules (when `n` is not the first number). */
export function pluralKey(key: string, n: number): string {
  return `${key}_${new Intl.PluralRules(uiLocale()).select(n) === 'one' ? 'one' : 'other'}`;
}

/** `key_one` or `key_other` by the UI language's plural rules, with the number formatted for it. */
export function tPlural(key: string, n: number, ...more: (string | number)[]): string {
  return t(pluralKey(key, n), n, ...more);
}

const utcDay = (day: DayKey): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/**
 * A day in the UI's words: "today", "yesterday", "3 days ago" within the week, else "4 December"
 * ("4 December 2025" in another year). A day that is not a calendar day is shown as written.
 */
export function shortDay(day: DayKey, now: Date = new Date()): string {
  const date = utcDay(day);
  if (Number.isNaN(date.getTime())) return day;
  const locale = intlLocale(uiLocale());
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const ago = Math.round((today - date.getTime()) / 86_400_000);
  if (ago >= 0 && ago < 7)
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-ago, 'day');
  const sameYear = date.getUTCFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}
