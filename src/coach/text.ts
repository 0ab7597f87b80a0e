// The coach's sentences in a language: English built in, German from messages-de. Pure, so the
// background (which knows the browser's language through its ports) and the pages share it.
import { type Translate, translate, translator } from './messages';
import { DE } from './messages-de';

export type CoachLocale = 'en' | 'de';

export function coachLocaleOf(language: string): CoachLocale {
  return language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

let german: Translate | null = null;
export function coachTextFor(locale: CoachLocale): Translate {
  if (locale !== 'de') return translate;
  german ??= translator(DE);
  return german;
}
