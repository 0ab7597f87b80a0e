import type { ShippedEntry } from 'virtual:shipped-templates';
import Handlebars from 'handlebars/runtime';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAllTemplates } from '../../../build/handlebars-templates';
import { TEMPLATE_HELPERS } from '../../../src/templates/helpers/index';
import { renderTemplate } from '../../../src/templates/render';
import { createShippedLibrary } from '../../../src/templates/shipped';
import { ALL_CONTEXTS, FULL } from '../templates/contexts';
import { handlebarsRender } from '../templates/oracle';
import { importShipped, TEMPLATES_DIR } from '../templates/shipped-module';
import { LONG_GERMAN, ONE_YEAR } from './contexts-de';

const all = readAllTemplates(TEMPLATES_DIR);
const english = all.filter((t) => t.locale === 'en');
const german = all.filter((t) => t.locale === 'de');
const contexts = { ...ALL_CONTEXTS, LONG_GERMAN, ONE_YEAR };

// The precompiled runtime path the extension ships, keyed by language and id.
const runtime = Handlebars.create();
for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) runtime.registerHelper(name, helper);
const precompiled = (spec: ShippedEntry['body'], context: unknown): string =>
  runtime.template(spec as unknown as Parameters<typeof runtime.template>[0])(context);
let entries: ShippedEntry[] = [];
let shipped = new Map<string, ShippedEntry>();
beforeAll(async () => {
  entries = await importShipped();
  shipped = new Map(entries.map((entry) => [`${entry.locale}:${entry.meta.id}`, entry]));
});

describe('every English template has a German translation', () => {
  it('with the same ids', () => {
    expect(german.map((t) => t.parsed.meta.id).sort()).toEqual(english.map((t) => t.parsed.meta.id).sort());
  });

  for (const en of english) {
    it(`${en.parsed.meta.id}: same id, kind, channel, limit, audience and pairing; translated text`, () => {
      const de = german.find((t) => t.parsed.meta.id === en.parsed.meta.id);
      if (!de) throw new Error(`no German ${en.parsed.meta.id}`);
      const { title, fits, ...rest } = de.parsed.meta;
      const { title: enTitle, fits: enFits, ...enRest } = en.parsed.meta;
      expect(rest).toEqual(enRest);
      expect(title).not.toBe(enTitle);
      expect(fits).not.toBe(enFits);
      expect(de.parsed.subject === null).toBe(en.parsed.subject === null);
      expect(de.parsed.body).not.toBe(en.parsed.body);
    });
  }
});

/** What a clean message never contains. */
function expectClean(text: string, what: string): void {
  for (const bad of ['undefined', 'null', '[object', 'NaN']) expect(text, what).not.toContain(bad);
  expect(text, what).not.toMatch(/ {2}/);
  expect(text, what).not.toMatch(/ [,.!?:)]/);
  expect(text, what).not.toMatch(/\n{3}/);
  expect(text, what).not.toMatch(/^\s|\s$/);
  expect(text, what).not.toMatch(/[ \t]\n/);
}

describe('German templates render identically in the interpreter and in Handlebars', () => {
  for (const { parsed } of german) {
    for (const [name, context] of Object.entries(contexts)) {
      it(`${parsed.meta.id} with the ${name} context`, () => {
        const entry = shipped.get(`de:${parsed.meta.id}`);
        if (!entry) throw new Error(`de:${parsed.meta.id} missing from the generated module`);
        const body = renderTemplate(parsed.body, context);
        expect(body).toBe(handlebarsRender(parsed.body, context));
        expect(body).toBe(precompiled(entry.body, context));
        if (name !== 'HOSTILE') expectClean(body, `${parsed.meta.id} body`);
        if (parsed.subject !== null) {
          const subject = renderTemplate(parsed.subject, context);
          expect(subject).toBe(handlebarsRender(parsed.subject, context));
          if (entry.subject) expect(subject).toBe(precompiled(entry.subject, context));
          expectClean(subject, `${parsed.meta.id} subject`);
        }
        // German text has no English helper output in it.
        expect(body).not.toMatch(/\b(a year|\d+ years|less than a year)\b/);
      });
    }
  }

  it('the hostile context passes through as literal text, with no stray words', () => {
    for (const { parsed } of german) {
      const body = renderTemplate(parsed.body, ALL_CONTEXTS.HOSTILE);
      for (const bad of ['undefined', 'null', '[object']) expect(body).not.toContain(bad);
    }
  });
});

describe('German invitation notes fit LinkedIn’s limit', () => {
  const notes = german.filter((t) => t.parsed.meta.kind === 'invitation-note');

  it('there are two (free and Premium)', () => {
    expect(notes.map((t) => t.parsed.meta.maxLength).sort()).toEqual([200, 300]);
  });

  for (const { parsed } of notes) {
    for (const [name, context] of Object.entries({ FULL, LONG_GERMAN, EMPTY: ALL_CONTEXTS.EMPTY })) {
      it(`${parsed.meta.id} within ${parsed.meta.maxLength} characters for the ${name} context`, () => {
        const body = renderTemplate(parsed.body, context);
        expect([...body].length).toBeLessThanOrEqual(parsed.meta.maxLength ?? 0);
      });
    }
  }
});

describe('the German years helper', () => {
  const jahre = (value: unknown) => TEMPLATE_HELPERS.jahre?.(value, { hash: {} });

  it('gives the dative that follows "vor" and "seit"', () => {
    expect(jahre(0)).toBe('weniger als einem Jahr');
    expect(jahre(0.4)).toBe('weniger als einem Jahr');
    expect(jahre(1)).toBe('einem Jahr');
    expect(jahre(1.4)).toBe('einem Jahr');
    expect(jahre(6)).toBe('6 Jahren');
  });

  it('is empty when the number is unknown', () => {
    for (const value of [null, undefined, Number.NaN, -1, '3', Number.POSITIVE_INFINITY])
      expect(jahre(value)).toBe('');
    expect(TEMPLATE_HELPERS.jahre?.({ hash: {} })).toBe('');
  });

  it('reads well in the reconnect messages', () => {
    const linkedin = german.find((t) => t.parsed.meta.id === 'reconnect-linkedin')?.parsed.body ?? '';
    expect(renderTemplate(linkedin, FULL)).toContain('(zuletzt hatten wir vor 6 Jahren Kontakt)');
    expect(renderTemplate(linkedin, ONE_YEAR)).toContain('(zuletzt hatten wir vor einem Jahr Kontakt)');
    const warm = german.find((t) => t.parsed.meta.id === 'reconnect-warm')?.parsed.body ?? '';
    expect(renderTemplate(warm, LONG_GERMAN)).toContain('(seit 7 Jahren schon!)');
    expect(renderTemplate(warm, ALL_CONTEXTS.EMPTY)).toContain('ich weiß, es ist lange her, aber');
  });
});

describe('the shipped library in German', () => {
  it('lists every template in German and renders the German text', () => {
    const library = createShippedLibrary(entries);
    const listed = library.listShipped('de');
    expect(listed.map((t) => t.locale)).toEqual(listed.map(() => 'de'));
    expect(listed.map((t) => t.meta.id).sort()).toEqual(english.map((t) => t.parsed.meta.id).sort());
    expect(library.renderShipped('reconnect-linkedin', FULL, 'de').body).toMatch(
      /^Hallo Alexandra,\n\nich weiß/,
    );
    expect(library.renderShipped('reconnect-linkedin', FULL, 'en').body).toMatch(/^Hi Alexandra,/);
  });
});
