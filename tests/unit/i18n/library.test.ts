import { beforeAll, describe, expect, it } from 'vitest';
import { createShippedLibrary, type ShippedLibrary } from '../../../src/templates/shipped';
import { EMPTY } from '../templates/contexts';
import { importShipped } from '../templates/shipped-module';
import { ENGLISH, LANGUAGES, TRANSLATIONS } from './languages';

// The library the popup uses: asked for a language, it must answer in that language for every
// template — the English fallback is only for languages the extension does not ship.
let library: ShippedLibrary;
beforeAll(async () => {
  library = createShippedLibrary(await importShipped());
});

const ids = () => library.listShipped('en').map((template) => template.meta.id);
const words = (text: string) => new Set(text.split(/[^\p{L}]+/u).filter((word) => word !== ''));
const ENGLISH_ONLY = /\b(the|you|your|would|I'm|and)\b/;

describe('the shipped library in every language', () => {
  for (const language of LANGUAGES) {
    it(`lists every template in ${language.name}`, () => {
      const listed = library.listShipped(language.locale);
      expect(listed.map((template) => template.locale)).toEqual(listed.map(() => language.locale));
      expect(listed.map((template) => template.meta.id)).toEqual(ids());
    });

    for (const [name, context] of Object.entries({ LONG: language.long, EMPTY })) {
      it(`renders every template in ${language.name}, not the English fallback (${name} context)`, () => {
        for (const id of ids()) {
          const { subject, body } = library.renderShipped(id, context, language.locale);
          for (const text of subject === null ? [body] : [body, subject]) {
            const found = [...words(text)].filter((word) => language.typicalWords.includes(word));
            if (text === body) expect(found.length, `${id}: ${text}`).toBeGreaterThanOrEqual(2);
            if (language.locale !== 'en') {
              expect(text, id).not.toMatch(ENGLISH_ONLY);
              const inEnglish = library.renderShipped(id, context, 'en');
              expect(text, id).not.toBe(text === body ? inEnglish.body : inEnglish.subject);
            }
          }
        }
      });
    }
  }

  it('falls back to English for a language it does not ship', () => {
    expect(library.renderShipped('reconnect-linkedin', ENGLISH.long, 'it')).toEqual(
      library.renderShipped('reconnect-linkedin', ENGLISH.long, 'en'),
    );
  });

  it('greets as a native speaker would', () => {
    const greeting = (id: string, locale: string) =>
      library.renderShipped(id, ENGLISH.long, locale).body.split('\n')[0];
    expect(greeting('linkedin-coffee-chat', 'en')).toBe('Hi Maximiliana,');
    expect(greeting('linkedin-coffee-chat', 'de')).toBe('Guten Tag Maximiliana Wolfeschlegel-Steinhausen,');
    expect(greeting('reconnect-linkedin', 'de')).toBe('Hallo Maximiliana,');
    expect(greeting('linkedin-coffee-chat', 'fr')).toBe('Bonjour Maximiliana,');
    expect(greeting('warm-friend-coffee', 'fr')).toMatch(/^Salut Maximiliana\u00a0!/);
    expect(greeting('linkedin-coffee-chat', 'es')).toBe('Hola, Maximiliana:');
    expect(greeting('warm-friend-coffee', 'es')).toMatch(/^¡Hola, Maximiliana!/);
  });

  it('every translation has a template for every English one, so none falls back', () => {
    for (const language of TRANSLATIONS)
      expect(library.listShipped(language.locale).filter((t) => t.locale !== language.locale)).toEqual([]);
  });
});
