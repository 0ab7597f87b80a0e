// The coach's sentences (recommendation reasons, the plan sentence, due items, why-now lines) in
// the UI's language. They live in src/coach/messages-*.ts rather than _locales because they are
// pure logic's output, with named placeholders and plural forms, used by the background too.

import type { Translate } from '../coach/messages';
import { type CoachLocale, coachLocaleOf, coachTextFor } from '../coach/text';
import { uiLanguage } from './i18n';

export function coachLocale(): CoachLocale {
  return coachLocaleOf(uiLanguage());
}

export function coachText(): Translate {
  return coachTextFor(coachLocale());
}
