import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import shippedTemplates, {
  loadShippedModule,
  parseTemplateFile,
  readAllTemplates,
  VIRTUAL_ID,
} from '../../../build/handlebars-templates';
import { TEMPLATES_DIR } from './shipped-module';

const file = '/x/templates/demo.hbs';
const valid = [
  '---',
  'id: demo',
  'title: Demo',
  'kind: follow-up',
  'channel: email',
  'fits: Tests',
  'warmth: warm',
];

describe('front matter', () => {
  it('parses key: value lines, numbers and comma lists, and drops the final newline', () => {
    const text = [
      ...valid,
      'maxLength: 300',
      'audience: 2, 3',
      'subject: Re: {{person.firstName}}',
      '---',
      'Hi!',
      '',
    ].join('\n');
    const { meta, subject, body } = parseTemplateFile(text, file);
    expect(meta).toMatchObject({ id: 'demo', maxLength: 300, audience: ['2', '3'], pairsWith: null });
    expect(subject).toBe('Re: {{person.firstName}}');
    expect(body).toBe('Hi!');
  });

  it.each([
    ['no front matter', 'Hi', /missing front matter/],
    ['a repeated key', [...valid, 'kind: spam', '---', 'x'].join('\n'), /given twice/],
    [
      'an unknown kind',
      [...valid.slice(0, 3), 'kind: spam', ...valid.slice(4), '---', 'x'].join('\n'),
      /kind "spam" is not one of/,
    ],
    [
      'an id unlike the file',
      [...valid, '---', 'x'].join('\n').replace('id: demo', 'id: other'),
      /must equal the file name/,
    ],
    [
      'a typo in a key',
      [...valid, 'maxLenght: 3', '---', 'x'].join('\n'),
      /unknown front matter key "maxLenght"/,
    ],
    [
      'a non-numeric limit',
      [...valid, 'maxLength: lots', '---', 'x'].join('\n'),
      /maxLength must be a number/,
    ],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseTemplateFile(text, file)).toThrow(message);
  });
});

describe('the Vite plugin', () => {
  it('serves the virtual module and watches the template files', () => {
    const plugin = shippedTemplates({ dir: TEMPLATES_DIR });
    const resolveId = plugin.resolveId as (id: string) => string | null;
    const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string | null;
    const resolved = resolveId(VIRTUAL_ID);
    expect(resolved).toBe(`\0${VIRTUAL_ID}`);
    const watched: string[] = [];
    const code = load.call({ addWatchFile: (watchedFile) => watched.push(watchedFile) }, resolved ?? '');
    expect(code).toBe(loadShippedModule(TEMPLATES_DIR));
    expect(watched).toHaveLength(readAllTemplates(TEMPLATES_DIR).length);
  });

  it('emits precompiled functions and no import of the compiler', () => {
    const code = loadShippedModule(TEMPLATES_DIR);
    expect(code).toMatch(/"main":function\(container,depth0,helpers,partials,data/);
    // Statements, not words: the Spanish templates say "importante".
    expect(code).not.toMatch(/^\s*import\b|\bimport\s*\(|\brequire\(|new Function|\beval\(/m);
  });
});

describe('the extension side stays eval-free', () => {
  const srcDir = resolve(import.meta.dirname, '../../../src/templates');
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.ts'),
  );

  it('imports only the Handlebars runtime and the parser, never the compiler', () => {
    for (const name of files) {
      const source = readFileSync(join(srcDir, name), 'utf8');
      for (const [, module] of source.matchAll(/from '([^']+)'/g)) {
        if (module?.includes('handlebars'))
          expect(['handlebars/runtime', '@handlebars/parser'], name).toContain(module);
      }
      expect(source, name).not.toMatch(/\beval\s*\(|new Function\s*\(/);
    }
  });
});
