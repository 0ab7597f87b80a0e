import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLocales } from '../../../build/locales';

// German UI text: every English key, translated, with the same placeholders.
const languages = readLocales();
const en = languages.get('en') ?? {};
const de = languages.get('de') ?? {};

const used = (message: string): string[] =>
  [
    ...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] as string).toLowerCase())),
  ].sort();

describe('German UI text', () => {
  it('has one fragment per English fragment', () => {
    expect(readdirSync('locales/de').sort()).toEqual(readdirSync('locales/en').sort());
  });

  it('has every English key and no others', () => {
    expect(Object.keys(en).filter((key) => !(key in de))).toEqual([]);
    expect(Object.keys(de).filter((key) => !(key in en))).toEqual([]);
  });

  it('declares the same placeholders with the same contents', () => {
    for (const [key, message] of Object.entries(en)) {
      expect(de[key]?.placeholders, key).toEqual(message.placeholders);
    }
  });

  it('uses the same placeholders in the text', () => {
    for (const [key, message] of Object.entries(en)) {
      expect(used(de[key]?.message ?? ''), key).toEqual(used(message.message));
    }
  });

  it('keeps Handlebars snippets intact', () => {
    for (const [key, message] of Object.entries(en)) {
      const snippets = (text: string) => [...text.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0]);
      for (const snippet of snippets(message.message)) expect(de[key]?.message, key).toContain(snippet);
    }
  });

  it('is translated: few messages are the same as in English', () => {
    // Names, brands and codes stay: "InMail", "Top 20", "LinkedIn", "Plan", "$P1$ ($P2$)"…
    const same = Object.keys(en).filter((key) => de[key]?.message === en[key]?.message);
    expect(same.length).toBeLessThan(Object.keys(en).length / 20);
    for (const key of Object.keys(de)) expect(de[key]?.message.trim(), key).not.toBe('');
  });
});
