// Which of the shipped languages a browser language maps to. Apart from the sentence tables, so
// the content script can ask without bundling them.

export const COACH_LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type CoachLocale = (typeof COACH_LOCALES)[number];

/** 'de-AT' → 'de', 'fr-FR' → 'fr', 'es-419' → 'es'; English for any other language. */
export function coachLocaleOf(language: string): CoachLocale {
  const primary = language.toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return COACH_LOCALES.find((locale) => locale === primary) ?? 'en';
}
