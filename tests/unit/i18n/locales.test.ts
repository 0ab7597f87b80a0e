import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLocales } from '../../../build/locales';
import { TRANSLATIONS } from './languages';

// UI text in every shipped language: every English key, translated, with the same placeholders.
const languages = readLocales();
const en = languages.get('en') ?? {};

const used = (message: string): string[] =>
  [
    ...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] as string).toLowerCase())),
  ].sort();

it('the UI ships in exactly these languages', () => {
  expect([...languages.keys()].sort()).toEqual(['de', 'en', 'es', 'fr']);
});

for (const { locale, name } of TRANSLATIONS) {
  const messages = languages.get(locale) ?? {};

  describe(`${name} UI text`, () => {
    it('has one fragment per English fragment', () => {
      expect(readdirSync(`locales/${locale}`).sort()).toEqual(readdirSync('locales/en').sort());
    });

    it('has every English key and no others', () => {
      expect(Object.keys(en).filter((key) => !(key in messages))).toEqual([]);
      expect(Object.keys(messages).filter((key) => !(key in en))).toEqual([]);
    });

    it('declares the same placeholders with the same contents', () => {
      for (const [key, message] of Object.entries(en)) {
        expect(messages[key]?.placeholders, key).toEqual(message.placeholders);
      }
    });

    it('uses the same placeholders in the text', () => {
      for (const [key, message] of Object.entries(en)) {
        expect(used(messages[key]?.message ?? ''), key).toEqual(used(message.message));
      }
    });

    it('keeps Handlebars snippets intact', () => {
      for (const [key, message] of Object.entries(en)) {
        const snippets = (text: string) => [...text.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0]);
        for (const snippet of snippets(message.message))
          expect(messages[key]?.message, key).toContain(snippet);
      }
    });

    it('is translated: few messages are the same as in English', () => {
      // Names, brands and codes stay: "InMail", "Top 20", "LinkedIn", "Plan", "$P1$ ($P2$)"…, and
      // each language's own name in the language picker ("Deutsch", "Français").
      const same = Object.keys(en).filter(
        (key) => messages[key]?.message === en[key]?.message && !/^settings_language_(?!auto)/.test(key),
      );
      expect(same.length).toBeLessThan(Object.keys(en).length / 20);
      for (const key of Object.keys(messages)) expect(messages[key]?.message.trim(), key).not.toBe('');
    });
  });
}

describe('French typography', () => {
  const french = languages.get('fr') ?? {};

  it('puts a no-break space before : ; ! ? and inside « »', () => {
    for (const [key, { message }] of Object.entries(french)) {
      expect(message, key).not.toMatch(/ [:;!?»]|« /);
      expect(message, key).not.toMatch(/[\p{L}\d)$][:;!?»]/u);
    }
  });
});

describe('the hints say what shape each story field wants', () => {
  for (const [locale, messages] of languages) {
    it(locale, () => {
      for (const key of [
        'me_hint_targetRole',
        'me_hint_targetIndustry',
        'me_hint_ask',
        'people_hint_howWeKnow',
      ])
        expect(messages[key]?.message, key).toMatch(/e\.\s?g\.|z\. B\.|p\. ex\.|p\. ej\./);
    });
  }
});
