import { type CoachLocale, coachLocaleOf } from '../coach/text';
import type { TemplateLanguage } from '../model';
import { browser } from '../platform/browser';

/** UI text from `_locales/<lang>/messages.json`; falls back to the key so a gap is visible. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** The language of the message templates: the user's choice, or the browser's when "auto". */
export function templateLanguage(setting: TemplateLanguage): CoachLocale {
  return setting === 'auto' ? coachLocaleOf(uiLanguage()) : setting;
}
