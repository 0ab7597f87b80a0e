// The coach's sentences in a language: English built in, German, French and Spanish from
// messages-*.ts. Pure, so the background (which knows the browser's language through its ports)
// and the pages share it.
import { type Translate, translate, translator } from './messages';
import { DE } from './messages-de';
import { ES } from './messages-es';
import { FR } from './messages-fr';

export const COACH_LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type CoachLocale = (typeof COACH_LOCALES)[number];

/** 'de-AT' → 'de', 'fr-FR' → 'fr', 'es-419' → 'es'; English for any other language. */
export function coachLocaleOf(language: string): CoachLocale {
  const primary = language.toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return COACH_LOCALES.find((locale) => locale === primary) ?? 'en';
}

const TABLES = { de: DE, fr: FR, es: ES } as const;
const cache = new Map<CoachLocale, Translate>();

export function coachTextFor(locale: CoachLocale): Translate {
  if (locale === 'en') return translate;
  let text = cache.get(locale);
  if (!text) {
    text = translator(TABLES[locale]);
    cache.set(locale, text);
  }
  return text;
}
