// The coach's sentences in a language: English built in, German, French and Spanish from
// messages-*.ts. Pure, so the background (which knows the browser's language through its ports)
// and the pages share it.

import type { CoachLocale } from './locale';
import { type Translate, translate, translator } from './messages';
import { DE } from './messages-de';
import { ES } from './messages-es';
import { FR } from './messages-fr';

export { COACH_LOCALES, type CoachLocale, coachLocaleOf } from './locale';

const TABLES = { de: DE, fr: FR, es: ES } as const;
const cache = new Map<CoachLocale, Translate>();

export function coachTextFor(locale: CoachLocale): Translate {
  if (locale === 'en') return translate;
  let text = cache.get(locale);
  if (!text) {
    text = translator(TABLES[locale], locale);
    cache.set(locale, text);
  }
  return text;
}
