// The coach's sentences (recommendation reasons, the plan sentence, due items, why-now lines) in
// the UI's language. They live in src/coach/messages-*.ts rather than _locales because they are
// pure logic's output, with named placeholders and plural forms, used by the background too.
import { type Translate, translate, translator } from '../coach/messages';
import { DE } from '../coach/messages-de';
import { uiLanguage } from './i18n';

export function coachLocale(): 'en' | 'de' {
  return uiLanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}

let german: Translate | null = null;
export function coachText(): Translate {
  if (coachLocale() !== 'de') return translate;
  german ??= translator(DE);
  return german;
}
