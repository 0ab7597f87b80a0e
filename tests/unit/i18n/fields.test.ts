import { describe, expect, it } from 'vitest';
import { readAllTemplates } from '../../../build/handlebars-templates';
import { buildContext, type TemplateContext } from '../../../src/templates/context';
import { renderTemplate } from '../../../src/templates/render';
import { TEMPLATES_DIR } from '../templates/shipped-module';
import { expectClean } from './clean';
import { LANGUAGES, type Language } from './languages';

// A tester followed the old hint for "The ask" and got "…how you got where you are. 20 minutes of
// advice about how you got into UX research No pressure at all…"; another got "I still remember
// when We taught together…". Every shipped template, in every language, must read well however
// the story fields are phrased: with or without a full stop, capitalised or not, as a question.
const all = readAllTemplates(TEMPLATES_DIR);

/** Punctuation twice in a row: "..", ". .", "?.", ",.", ":,". */
const DOUBLED = /[.!?…]\s*[.,;:]|[,;:]\s*[.,;:!?]/u;
/** A sentence that starts with a lowercase letter. */
const LOWERCASE_START = /[.!?…]\s+\p{Ll}/u;
/** Two sentences, or a comma and a word, with no space between them. */
const NO_SPACE = /[.!?…][\p{L}¿¡]|,\p{L}/u;

/** The first word of a field the templates set mid-sentence, when {{phrase}} lowercases it. */
function lowercasedFirstWord(value: string): string | null {
  const [first = '', ...later] = value.trim().split(/\s+/);
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || later.length === 0) return null;
  return later.some((word) => /^\p{Lu}\p{Ll}/u.test(word)) ? null : first;
}

function midSentenceFields(language: Language, context: TemplateContext): string[] {
  return language.lowercasedMidSentence
    .map((field) => (field === 'role' ? context.person.role : context.me[field]))
    .map(lowercasedFirstWord)
    .filter((word): word is string => word !== null);
}

for (const language of LANGUAGES) {
  const templates = all.filter((t) => t.locale === language.locale);

  describe(`${language.name} messages read well with awkward story fields`, () => {
    for (const { parsed } of templates) {
      for (const [name, context] of Object.entries(language.awkward)) {
        it(`${parsed.meta.id} with ${name.toLowerCase()}`, () => {
          const texts = [renderTemplate(parsed.body, context)];
          if (parsed.subject !== null) texts.push(renderTemplate(parsed.subject, context));
          for (const text of texts) {
            expectClean(text, parsed.meta.id, language.locale);
            expect(text).not.toMatch(DOUBLED);
            expect(text).not.toMatch(LOWERCASE_START);
            expect(text).not.toMatch(NO_SPACE);
            for (const word of midSentenceFields(language, context)) {
              // "with Product management as my goal": a capital after a lowercase word or a colon.
              expect(text).not.toMatch(new RegExp(`[\\p{Ll}:,]\\s+${word}\\b`, 'u'));
            }
          }
        });
      }
    }
  });
}

describe('what the tester saw now reads well', () => {
  const english = (id: string) => all.find((t) => t.locale === 'en' && t.parsed.meta.id === id)?.parsed;
  const ENGLISH = LANGUAGES[0] as Language;

  it('the ask stands as its own sentence', () => {
    const tester = buildContext({ me: { ask: '20 minutes of advice about how you got into UX research' } });
    const body = renderTemplate(english('linkedin-coffee-chat')?.body ?? '', tester);
    expect(body).toContain(
      'in the next few weeks? 20 minutes of advice about how you got into UX research. No pressure at all',
    );
  });

  it('how we know each other is a sentence of its own, capitalised once', () => {
    const body = renderTemplate(english('reconnect-warm')?.body ?? '', ENGLISH.awkward.STOPS);
    expect(body).toContain(
      'We taught together at Lincoln High, 2016–2020. I still think of that time fondly',
    );
    expect(body).not.toContain('remember when We');
  });

  it('a capitalised role reads in lowercase mid-sentence, an acronym keeps its case', () => {
    const caps = renderTemplate(english('inmail-coffee-chat')?.body ?? '', ENGLISH.awkward.CAPS);
    expect(caps).toContain('with product management in health tech in renewable energy as my goal');
    const stops = renderTemplate(english('inmail-coffee-chat')?.body ?? '', ENGLISH.awkward.STOPS);
    expect(stops).toContain('with UX research in health tech as my goal');
  });
});
