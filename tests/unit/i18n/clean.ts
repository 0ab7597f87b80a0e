// What a rendered message never contains, in any language.
import { expect } from 'vitest';
import type { CoachLocale } from '../../../src/coach/text';

export function expectClean(text: string, what: string, locale: CoachLocale): void {
  for (const bad of ['undefined', 'null', '[object', 'NaN']) expect(text, what).not.toContain(bad);
  expect(text, what).not.toMatch(/ {2}/);
  // French sets a space before ? ! : ; (a no-break one in our text, often a plain one in the user's).
  expect(text, what).not.toMatch(locale === 'fr' ? / [,.)]/ : / [,.!?:;)]/);
  expect(text, what).not.toMatch(/\n{3}/);
  expect(text, what).not.toMatch(/^\s|\s$/);
  expect(text, what).not.toMatch(/[ \t]\n/);
}
