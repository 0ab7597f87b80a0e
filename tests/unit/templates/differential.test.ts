import type { ShippedEntry } from 'virtual:shipped-templates';
import Handlebars from 'handlebars/runtime';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTemplates } from '../../../build/handlebars-templates';
import { TEMPLATE_HELPERS } from '../../../src/templates/helpers/index';
import { renderTemplate } from '../../../src/templates/render';
import { ALL_CONTEXTS, HOSTILE } from './contexts';
import { handlebarsRender } from './oracle';
import { importShipped, TEMPLATES_DIR } from './shipped-module';

// The eval-free interpreter (user templates) must equal both real Handlebars and the
// precompiled runtime path (shipped templates) on every shipped template and context.
const templates = readTemplates(TEMPLATES_DIR).map(({ parsed }) => parsed);
const runtime = Handlebars.create();
for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) runtime.registerHelper(name, helper);

let shipped: Map<string, ShippedEntry>;
beforeAll(async () => {
  // English here; tests/unit/i18n-de runs the same comparison on the German translations.
  shipped = new Map(
    (await importShipped()).filter((entry) => entry.locale === 'en').map((entry) => [entry.meta.id, entry]),
  );
});

function precompiled(spec: ShippedEntry['body'], context: unknown): string {
  return runtime.template(spec as unknown as Parameters<typeof runtime.template>[0])(context);
}

describe('every shipped template renders identically in all three renderers', () => {
  for (const template of templates) {
    for (const [contextName, context] of Object.entries(ALL_CONTEXTS)) {
      it(`${template.meta.id} with the ${contextName} context`, () => {
        const entry = shipped.get(template.meta.id);
        if (!entry) throw new Error(`${template.meta.id} missing from the generated module`);
        const body = renderTemplate(template.body, context);
        expect(body).toBe(handlebarsRender(template.body, context));
        expect(body).toBe(precompiled(entry.body, context));
        if (template.subject !== null && entry.subject) {
          const subject = renderTemplate(template.subject, context);
          expect(subject).toBe(handlebarsRender(template.subject, context));
          expect(subject).toBe(precompiled(entry.subject, context));
        }
      });
    }
  }
});

describe('hostile values come out as literal text', () => {
  const source =
    '{{person.firstName}} at {{{person.company}}} via {{mutual.fullName}}: {{person.lastName}} {{person.howWeKnow}} {{list me.targetCompanies}}';
  const rendered = renderTemplate(source, HOSTILE);

  it('"AT&T" stays "AT&T" and markup is not escaped or interpreted', () => {
    expect(rendered).toBe(
      '<img src=x onerror=alert(1)> at AT&T via {{x}} Smith: {{me.name}} {{#each person}}{{/each}} \\{{x}} AT&T and <script>',
    );
    expect(rendered).toBe(handlebarsRender(source, HOSTILE));
  });

  it('emoji and right-to-left text pass through unchanged', () => {
    expect(renderTemplate('{{me.name}} / {{me.targetRole}} / {{me.targetIndustry}}', HOSTILE)).toBe(
      'Zoë 👩🏽‍💻 Müller / مدير المنتج / עברית fintech',
    );
  });
});
