// The shortcuts in model/intl.ts (small whole numbers, the shipped languages' plural rules) must
// answer exactly what Intl answers, or a badge would read "1 mutual connections" in one language.
import { describe, expect, it } from 'vitest';
import { formatDecimal, pluralForm } from '../../../src/model/intl';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'en-GB', 'de-AT', 'fr-CA', 'es-MX'];

describe('Intl shortcuts agree with Intl', () => {
  it.each(LANGUAGES)('%s: plural form of 0…2000 and of some large and fractional numbers', (locale) => {
    const rules = new Intl.PluralRules(locale);
    const numbers = [...Array.from({ length: 2001 }, (_, n) => n), 999_999, 1_000_000, 2_000_000, 0.5, 1.5];
    for (const n of numbers) {
      const intl = rules.select(n) === 'one' ? 'one' : 'other';
      expect([n, pluralForm(locale, n)]).toEqual([n, intl]);
    }
  });

  it.each(LANGUAGES)('%s: numbers written as Intl writes them', (locale) => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    for (const n of [...Array.from({ length: 2001 }, (_, n) => n), 12_345, 1_000_000, 2.25, 0.5, -3]) {
      expect([n, formatDecimal(n, locale)]).toEqual([n, format.format(n)]);
    }
  });

  it('a French count of zero takes the singular, an English one the plural', () => {
    expect(pluralForm('fr', 0)).toBe('one');
    expect(pluralForm('en', 0)).toBe('other');
  });
});
