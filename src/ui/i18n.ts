import { relativeDay } from '../coach/day-words';
import { dayKey } from '../coach/days';
import { type CoachLocale, coachLocaleOf } from '../coach/locale';
import { type Problem, type Words, wordProblem } from '../model/errors';
import { formatDecimal, pluralForm } from '../model/intl';
import type { DayKey, TemplateLanguage } from '../model/vocabulary';
import { browser } from '../platform/browser';

/**
 * UI text from `_locales/<lang>/messages.json`; falls back to the key so a gap is visible.
 * Numbers are written the UI language's way ("8,000", "8.000", "8 000", "2,5").
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const texts = substitutions.map((value) => (typeof value === 'number' ? uiNumber(value) : value));
  const handed = handedWords[key];
  if (handed !== undefined) return fillSlots(handed, texts);
  return browser.i18n.getMessage(key, texts) || key;
}

// The content script takes its few dozen texts from the background instead of the i18n API:
// a content script's first getMessage makes the browser hand the page the whole catalogue (over
// a thousand texts), about 10 ms of LinkedIn's main thread on every page. The background words
// them with these characters in the places of $1…$9, and `t` fills them in.
const SLOTS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe000 + i));
const SLOT = /[\uE000-\uE008]/g;

const fillSlots = (template: string, texts: readonly string[]): string =>
  template.replace(SLOT, (slot) => texts[slot.charCodeAt(0) - 0xe000] ?? '');

let handedWords: Readonly<Record<string, string>> = Object.create(null);

/** The texts for `keys` in the UI language, with their placeholders left open, for `useWords`. */
export function wordTemplates(keys: readonly string[]): Record<string, string> {
  const words: Record<string, string> = {};
  for (const key of keys) {
    const template = browser.i18n.getMessage(key, SLOTS);
    if (template) words[key] = template;
  }
  return words;
}

/** From now on `t` answers these keys from `words` (made by `wordTemplates`), others as before. */
export function useWords(words: Readonly<Record<string, string>>): void {
  handedWords = Object.assign(Object.create(null), words);
}

/** A number as the UI language writes it, up to one decimal (paces like 2.5 chats a week). */
export function uiNumber(n: number): string {
  return formatDecimal(n, uiLocale());
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

/** `key_one` or `key_other` for `n` by the UI language's plural rules (when `n` is not the first number). */
export function pluralKey(key: string, n: number): string {
  return `${key}_${pluralForm(uiLocale(), n)}`;
}

/** `key_one` or `key_other` by the UI language's plural rules, with the number formatted for it. */
export function tPlural(key: string, n: number, ...more: (string | number)[]): string {
  return t(pluralKey(key, n), n, ...more);
}

/**
 * A day in the UI's words: "today", "yesterday", "3 days ago" within the week, else "4 December"
 * ("4 December 2025" in another year). A day that is not a calendar day is shown as written.
 */
export function shortDay(day: DayKey, now: Date = new Date()): string {
  return relativeDay(day, dayKey(now.getTime()), uiLocale());
}
