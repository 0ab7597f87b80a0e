import { describe, expect, it } from 'vitest';
import { formatDay, plural, translator } from '../../../src/coach/messages';
import { EN } from '../../../src/coach/messages-en';
import { COACH_LOCALES, coachLocaleOf, coachTextFor } from '../../../src/coach/text';
import { TRANSLATIONS } from './languages';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const keys = Object.keys(EN) as (keyof typeof EN)[];

for (const { name, coach } of TRANSLATIONS) {
  describe(`the ${name} coach table`, () => {
    it('has exactly the keys of the English one', () => {
      expect(Object.keys(coach).sort()).toEqual([...keys].sort());
    });

    it('uses the same placeholders per key', () => {
      for (const key of keys) expect(placeholders(coach[key]), key).toEqual(placeholders(EN[key]));
    });

    it('is translated, not copied', () => {
      expect(keys.filter((key) => coach[key] === EN[key])).toEqual([]);
    });

    it('keeps plural pairs complete', () => {
      for (const key of Object.keys(coach)) {
        if (key.endsWith('.one')) expect(Object.keys(coach)).toContain(key.replace(/\.one$/, '.other'));
      }
    });
  });
}

describe('the coach speaks the browser’s language', () => {
  it('maps a browser language to one the coach speaks, English otherwise', () => {
    expect(COACH_LOCALES).toEqual(['en', 'de', 'fr', 'es']);
    const cases: [string, string][] = [
      ['fr-FR', 'fr'],
      ['fr', 'fr'],
      ['fr-CA', 'fr'],
      ['es-419', 'es'],
      ['es-ES', 'es'],
      ['es_MX', 'es'],
      ['de-AT', 'de'],
      ['DE', 'de'],
      ['en-GB', 'en'],
      ['it-IT', 'en'],
      ['pt-BR', 'en'],
      ['', 'en'],
    ];
    for (const [language, locale] of cases) expect(coachLocaleOf(language), language).toBe(locale);
  });

  it('gives each language its own sentences', () => {
    expect(coachTextFor('en')('why.firstDegree')).toBe('1st degree: message them directly.');
    expect(coachTextFor('de')('why.firstDegree')).toBe('1. Grad: Schreib der Person direkt.');
    expect(coachTextFor('fr')('why.firstDegree')).toBe('1er niveau\u00a0: écrivez-lui directement.');
    expect(coachTextFor('es')('why.firstDegree')).toBe('1.er grado: escríbele directamente.');
    expect(coachTextFor('fr')).toBe(coachTextFor('fr'));
  });

  it('reads as German with German plurals and dates', () => {
    const t = coachTextFor('de');
    expect(plural(t, 'unit.chats', 1, 'de')).toBe('1 Gespräch');
    expect(plural(t, 'unit.chatsAWeek', 2.5, 'de')).toBe('2,5 Gespräche pro Woche');
    expect(t('top20.waiting', { since: formatDay('2026-03-12', '2026-01-01', 'de') })).toBe(
      'Angefragt am 12. März, noch keine Antwort.',
    );
  });

  it('reads as French with French plurals and dates', () => {
    const t = coachTextFor('fr');
    expect(plural(t, 'unit.chats', 0, 'fr')).toBe('0 échange');
    expect(plural(t, 'unit.chatsAWeek', 1.5, 'fr')).toBe('1,5 échange par semaine');
    expect(plural(t, 'unit.actionsADay', 6, 'fr')).toBe('6 prises de contact par jour');
    expect(t('top20.waiting', { since: formatDay('2026-03-12', '2026-01-01', 'fr') })).toBe(
      'Demande envoyée le 12 mars, pas encore de réponse.',
    );
  });

  it('reads as Spanish with Spanish plurals and dates', () => {
    const t = coachTextFor('es');
    expect(plural(t, 'unit.chats', 1, 'es')).toBe('1 conversación');
    expect(plural(t, 'unit.chatsAWeek', 2.5, 'es')).toBe('2,5 conversaciones por semana');
    expect(t('top20.waiting', { since: formatDay('2026-03-12', '2026-01-01', 'es') })).toBe(
      'Le escribiste el 12 de marzo; aún no hay respuesta.',
    );
  });

  it('a partial table still falls back to English per key', () => {
    const t = translator({ 'why.firstDegree': '1er niveau' });
    expect(t('why.inmail')).toBe(EN['why.inmail']);
  });
});
