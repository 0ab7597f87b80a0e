import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocales } from '../../build/locales';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('UI text', () => {
  const languages = readLocales();

  it('every key the code asks for exists in English', () => {
    const used = new Set<string>();
    for (const file of sources('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g))
        used.add(match[1] as string);
    }
    const english = languages.get('en') ?? {};
    expect([...used].filter((key) => !(key in english))).toEqual([]);
  });

  it('every placeholder a message names is declared', () => {
    for (const [lang, messages] of languages) {
      for (const [key, { message, placeholders }] of Object.entries(messages)) {
        for (const [, name] of message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
          expect(placeholders, `${lang}:${key}`).toHaveProperty((name as string).toLowerCase());
        }
      }
    }
  });
});

describe('message names', () => {
  it('use only the characters the i18n API accepts', () => {
    for (const [lang, messages] of readLocales()) {
      expect(
        Object.keys(messages).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key)),
        lang,
      ).toEqual([]);
    }
  });
});
