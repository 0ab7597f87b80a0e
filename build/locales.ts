// UI text lives in fragments, `locales/<lang>/<part>.json` (one per part of the UI, so parts can
// grow independently); the build merges them into the `_locales/<lang>/messages.json` that the
// browser's i18n API reads. A key defined twice, or a language missing keys English has, fails
// the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

type Messages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

export function readLocales(dir = 'locales'): Map<string, Messages> {
  const languages = new Map<string, Messages>();
  for (const lang of readdirSync(dir).sort()) {
    const merged: Messages = {};
    for (const file of readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const part = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Messages;
      for (const [key, value] of Object.entries(part)) {
        if (key in merged) throw new Error(`locales/${lang}: "${key}" is defined twice (again in ${file})`);
        merged[key] = value;
      }
    }
    languages.set(lang, merged);
  }
  const english = languages.get('en');
  if (!english) throw new Error('locales/en is missing');
  for (const [lang, messages] of languages) {
    const missing = Object.keys(english).filter((key) => !(key in messages));
    if (missing.length)
      throw new Error(
        `locales/${lang} lacks ${missing.length} keys English has, e.g. ${missing.slice(0, 5).join(', ')}`,
      );
  }
  return languages;
}

export default function locales(dir = 'locales'): Plugin {
  return {
    name: 'ccc:locales',
    generateBundle() {
      for (const [lang, messages] of readLocales(dir)) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: `${JSON.stringify(messages, null, 1)}\n`,
        });
      }
    },
  };
}
