import type { ShippedEntry } from 'virtual:shipped-templates';
import Handlebars from 'handlebars/runtime';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAllTemplates } from '../../../build/handlebars-templates';
import { TEMPLATE_HELPERS } from '../../../src/templates/helpers/index';
import { renderTemplate } from '../../../src/templates/render';
import { ALL_CONTEXTS, EMPTY, FULL, NUMBERS } from '../templates/contexts';
import { handlebarsRender } from '../templates/oracle';
import { importShipped, TEMPLATES_DIR } from '../templates/shipped-module';
import { expectClean } from './clean';
import { TRANSLATIONS } from './languages';

const all = readAllTemplates(TEMPLATES_DIR);
const english = all.filter((t) => t.locale === 'en');
const template = (locale: string, id: string) => {
  const found = all.find((t) => t.locale === locale && t.parsed.meta.id === id);
  if (!found) throw new Error(`no ${locale} ${id}`);
  return found.parsed;
};

// The precompiled runtime path the extension ships, keyed by language and id.
const runtime = Handlebars.create();
for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) runtime.registerHelper(name, helper);
const precompiled = (spec: ShippedEntry['body'], context: unknown): string =>
  runtime.template(spec as unknown as Parameters<typeof runtime.template>[0])(context);
let shipped = new Map<string, ShippedEntry>();
beforeAll(async () => {
  shipped = new Map((await importShipped()).map((entry) => [`${entry.locale}:${entry.meta.id}`, entry]));
});

for (const language of TRANSLATIONS) {
  const translated = all.filter((t) => t.locale === language.locale);
  const contexts = {
    ...ALL_CONTEXTS,
    [`LONG_${language.name.toUpperCase()}`]: language.long,
    ...Object.fromEntries(Object.entries(language.awkward).map(([name, c]) => [`AWKWARD_${name}`, c])),
  };

  describe(`every English template has a ${language.name} translation`, () => {
    it('with the same ids', () => {
      expect(translated.map((t) => t.parsed.meta.id).sort()).toEqual(
        english.map((t) => t.parsed.meta.id).sort(),
      );
    });

    for (const en of english) {
      it(`${en.parsed.meta.id}: same id, kind, channel, limit, audience and pairing; translated text`, () => {
        const ours = template(language.locale, en.parsed.meta.id);
        const { title, fits, ...rest } = ours.meta;
        const { title: enTitle, fits: enFits, ...enRest } = en.parsed.meta;
        expect(rest).toEqual(enRest);
        expect(title).not.toBe(enTitle);
        expect(fits).not.toBe(enFits);
        expect(ours.subject === null).toBe(en.parsed.subject === null);
        if (ours.subject !== null) expect(ours.subject).not.toBe(en.parsed.subject);
        expect(ours.body).not.toBe(en.parsed.body);
      });
    }
  });

  describe(`${language.name} templates render identically in the interpreter and in Handlebars`, () => {
    for (const { parsed } of translated) {
      for (const [name, context] of Object.entries(contexts)) {
        it(`${parsed.meta.id} with the ${name} context`, () => {
          const entry = shipped.get(`${language.locale}:${parsed.meta.id}`);
          if (!entry)
            throw new Error(`${language.locale}:${parsed.meta.id} missing from the generated module`);
          const body = renderTemplate(parsed.body, context);
          expect(body).toBe(handlebarsRender(parsed.body, context));
          expect(body).toBe(precompiled(entry.body, context));
          if (name !== 'HOSTILE') expectClean(body, `${parsed.meta.id} body`, language.locale);
          if (parsed.subject !== null) {
            const subject = renderTemplate(parsed.subject, context);
            expect(subject).toBe(handlebarsRender(parsed.subject, context));
            if (entry.subject) expect(subject).toBe(precompiled(entry.subject, context));
            expectClean(subject, `${parsed.meta.id} subject`, language.locale);
          }
          // No English helper output in a translation.
          expect(body).not.toMatch(/\b(a year|\d+ years|less than a year)\b/);
        });
      }
    }
  });

  describe(`${language.name} invitation notes fit LinkedIn’s limit`, () => {
    const notes = translated.filter((t) => t.parsed.meta.kind === 'invitation-note');

    it('there are two (free and Premium)', () => {
      expect(notes.map((t) => t.parsed.meta.maxLength).sort()).toEqual([200, 300]);
    });

    for (const { parsed } of notes) {
      for (const [name, context] of Object.entries({ FULL, LONG: language.long, EMPTY })) {
        it(`${parsed.meta.id} within ${parsed.meta.maxLength} characters for the ${name} context`, () => {
          const body = renderTemplate(parsed.body, context);
          expect([...body].length).toBeLessThanOrEqual(parsed.meta.maxLength ?? 0);
        });
      }
    }
  });
}

describe('the years since the last contact read well in each language', () => {
  // [locale, reconnect-linkedin with 6 years, with 1 year, reconnect-warm with 6 years]
  const expected: [string, string, string, string][] = [
    [
      'de',
      '(zuletzt hatten wir vor 6 Jahren Kontakt)',
      '(zuletzt hatten wir vor einem Jahr Kontakt)',
      '(seit 6 Jahren schon!)',
    ],
    [
      'fr',
      '(notre dernier échange remonte à 6 ans)',
      '(notre dernier échange remonte à un an)',
      '(déjà 6 ans\u00a0!)',
    ],
    [
      'es',
      '(la última vez que hablamos fue hace 6 años)',
      '(la última vez que hablamos fue hace un año)',
      '(¡ya 6 años!)',
    ],
  ];
  for (const [locale, six, one, warm] of expected) {
    it(locale, () => {
      const linkedin = template(locale, 'reconnect-linkedin').body;
      expect(renderTemplate(linkedin, FULL)).toContain(six);
      expect(renderTemplate(linkedin, NUMBERS)).toContain(one);
      expect(renderTemplate(template(locale, 'reconnect-warm').body, FULL)).toContain(warm);
    });
  }

  it('the German helper gives the dative that follows "vor" and "seit", and nothing when unknown', () => {
    const jahre = (value: unknown) => TEMPLATE_HELPERS.jahre?.(value, { hash: {} });
    expect([0, 0.4, 1, 1.4, 6].map(jahre)).toEqual([
      'weniger als einem Jahr',
      'weniger als einem Jahr',
      'einem Jahr',
      'einem Jahr',
      '6 Jahren',
    ]);
    for (const value of [null, undefined, Number.NaN, -1, '3', Number.POSITIVE_INFINITY])
      expect(jahre(value)).toBe('');
    expect(TEMPLATE_HELPERS.jahre?.({ hash: {} })).toBe('');
  });
});
