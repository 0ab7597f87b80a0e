// The browser's i18n API over the real locale files, for wording problems (src/model/errors.ts)
// in a test without a browser: `wordIn('de', problem)` is what a German UI shows.
import { readLocales } from '../../../build/locales';
import { type Problem, type Words, wordProblem } from '../../../src/model';
import type { TemplateProblem } from '../../../src/templates/render';

const locales = readLocales();

export function wordsIn(language: string): Words {
  const messages = locales.get(language) ?? {};
  return {
    locale: language,
    message(key, substitutions) {
      const entry = messages[key];
      if (!entry) return '';
      return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) =>
        (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
          /\$(\d)/g,
          (_m, n: string) => substitutions[Number(n) - 1] ?? '',
        ),
      );
    },
  };
}

export const wordIn = (language: string, found: Problem): string => wordProblem(found, wordsIn(language));
export const inEnglish = (found: Problem): string => wordIn('en', found);

/** A template problem as the editor lists it in English: "reason at line 3, column 17". */
export const placedInEnglish = (found: TemplateProblem): string =>
  `${inEnglish(found.problem)} at line ${found.line}, column ${found.column}`;
