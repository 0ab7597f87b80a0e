import { describe, expect, it } from 'vitest';
import type { BlockStatement, Program } from '../../../src/templates/ast';
import { Interpreter } from '../../../src/templates/interpret';
import { checkTemplate, renderTemplate, TemplateError } from '../../../src/templates/render';
import { inEnglish, placedInEnglish } from '../i18n/words';
import { EMPTY, FULL } from './contexts';
import { handlebarsRender } from './oracle';

function errorOf(source: string, context: unknown = FULL): TemplateError {
  try {
    renderTemplate(source, context);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

describe('broken syntax is reported where it is', () => {
  it('a missing }} names the spot, 1-based', () => {
    const { errors } = checkTemplate('Hi {{person.firstName}},\n\nthanks {{me.name}\nbye');
    expect(errors).toMatchObject([
      { problem: { code: 'templateExpected', params: { token: '}}' } }, line: 3, column: 17 },
    ]);
    expect(errors.map(placedInEnglish)).toEqual(['“}}” expected here at line 3, column 17']);
  });

  it('a close tag that does not match its block', () => {
    const { errors } = checkTemplate('Hi\n  {{#if mutual}}x{{/each}}');
    expect(errors.map(placedInEnglish)).toEqual(['{{/each}} does not close {{#if}} at line 2, column 6']);
  });

  it('an unclosed block', () => {
    expect(checkTemplate('{{#if mutual}}\nhello').errors.map(placedInEnglish)).toEqual([
      'A closing {{/…}} is expected here at line 2, column 6',
    ]);
  });

  it('unsupported features, each with its place', () => {
    const { errors } = checkTemplate(
      '{{> signature}}\n{{#person}}x{{/person}}\n{{shout me.name}}\n{{#each me.targetCompanies as |c|}}{{c}}{{/each}}\n{{if mutual}}',
    );
    expect(errors.map((error) => [error.line, inEnglish(error.problem)])).toEqual([
      [1, 'Partials ({{> name}}) are not supported'],
      [2, 'Unknown block {{#person}}; use if, unless, each or with'],
      [3, 'There is no helper called “shout”'],
      [4, 'Block parameters (as |x|) are not supported'],
      [5, '{{if}} only works as a block: {{#if …}}…{{/if}}'],
    ]);
    expect(errorOf('ok\n{{shout me.name}}')).toMatchObject({ line: 2, column: 1 });
  });

  it('syntax newer than Handlebars 4 is refused rather than misread', () => {
    expect(checkTemplate('{{(firstWord me.name).length}}').errors[0]?.problem.code).toBe(
      'templateUnsupported',
    );
    expect(checkTemplate('{{me.#name}}').errors[0]?.problem).toEqual({
      code: 'templateUnsupported',
      params: { text: 'me.#name' },
    });
  });
});

describe('variables are listed for highlighting', () => {
  it('marks unknown paths and empty values for this person', () => {
    const { errors, variables } = checkTemplate(
      'Hi {{person.firstName}} {{person.nickname}}\n{{default person.company "you"}}',
      EMPTY,
    );
    expect(errors).toEqual([]);
    expect(variables).toEqual([
      { path: 'person.firstName', line: 1, column: 6, known: true, empty: true },
      { path: 'person.nickname', line: 1, column: 27, known: false, empty: true },
      { path: 'person.company', line: 2, column: 11, known: true, empty: true },
    ]);
  });

  it('follows with, each, ../ and @root into the right part of the context', () => {
    const source =
      '{{#with person}}{{firstName}} {{../me.name}} {{@root.me.ask}} {{nope}}{{/with}}{{#each me.targetCompanies}}{{this}} {{@index}} {{length}}{{/each}}{{@index}}';
    const { variables } = checkTemplate(source, FULL);
    expect(variables.map(({ path, known, empty }) => [path, known, empty])).toEqual([
      ['person', true, false],
      ['firstName', true, false],
      ['../me.name', true, false],
      ['@root.me.ask', true, false],
      ['nope', false, true],
      ['me.targetCompanies', true, false],
      ['this', true, false],
      ['@index', true, false],
      ['length', true, false],
      ['@index', false, false],
    ]);
  });

  it('without a context nothing is called empty', () => {
    expect(checkTemplate('{{person.firstName}}').variables[0]).toMatchObject({ known: true, empty: false });
  });
});

describe('abuse is stopped with a clear error', () => {
  it('nesting deeper than 50 blocks', () => {
    const deep = `${'{{#if me}}'.repeat(60)}x${'{{/if}}'.repeat(60)}`;
    expect(errorOf(deep)).toMatchObject({ code: 'templateNestedTooDeeply', line: 1 });
    const fine = `${'{{#if me}}'.repeat(40)}x${'{{/if}}'.repeat(40)}`;
    expect(renderTemplate(fine, FULL)).toBe('x');
  });

  it('deeply nested helpers', () => {
    const deep = `{{${'default ('.repeat(80)}me.name${')'.repeat(80)}}}`;
    expect(errorOf(deep).code).toBe('templateNestedTooDeeply');
  });

  it('output beyond 100,000 characters', () => {
    const context = { me: { targetCompanies: Array.from({ length: 60 }, () => 'x'.repeat(2000)) } };
    const error = errorOf('{{#each me.targetCompanies}}{{this}}{{/each}}', context);
    expect(error.code).toBe('templateMessageTooLong');
    expect(checkTemplate('{{#each me.targetCompanies}}{{this}}{{/each}}', context).errors[0]?.line).toBe(1);
  });

  it('work that explodes without producing output', () => {
    const items = Array.from({ length: 40 }, (_, index) => index);
    const loop = (depth: number): string =>
      depth === 0 ? '{{#if @first}}{{/if}}' : `{{#each @root.items}}${loop(depth - 1)}{{/each}}`;
    const source = loop(4);
    expect(errorOf(source, { items }).code).toBe('templateTooMuchWork');
  });

  it('a huge template', () => {
    expect(errorOf('x'.repeat(50_001)).code).toBe('templateTooLong');
  });
});

/** `{{#if …}}0` and `links` bare `{{else if a}}` links (13 characters each), then `{{else}}`. */
const chain = (links: number, between = '') =>
  `{{#if person.nothing}}0${between}${'{{else if a}}'.concat(between).repeat(links)}{{else}}none{{/if}}`;

describe('{{else if}} chains are bounded before anything recurses over them', () => {
  it('a 1,500-link chain (under 20,000 characters, as a backup may hold) is refused at its 51st link', () => {
    const source = chain(1500);
    expect(source.length).toBeLessThan(20_000);
    const column = '{{#if person.nothing}}0'.length + 50 * '{{else if a}}'.length + 1;
    expect(errorOf(source)).toMatchObject({
      code: 'templateChainTooLong',
      params: { max: 50 },
      line: 1,
      column,
    });
    expect(checkTemplate(source, FULL).errors.map(placedInEnglish)).toEqual([
      `More than 50 {{else if}} in one chain at line 1, column ${column}`,
    ]);
  });

  it('a 3,500-link chain, one link a line, is refused the same way, naming the line of link 51', () => {
    const source = chain(3500, '\n');
    expect(errorOf(source)).toMatchObject({ code: 'templateChainTooLong', line: 52 });
    expect(checkTemplate(source).errors.map(placedInEnglish)).toEqual([
      'More than 50 {{else if}} in one chain at line 52, column 1',
    ]);
  });

  it('a chain of 50 links renders the branch that is taken, as Handlebars does', () => {
    const source = `{{#if person.nothing}}0${Array.from({ length: 50 }, (_, i) => `{{else if x${i + 1}}}${i + 1}`).join('\n')}{{else}}none{{/if}}`;
    const context = { ...FULL, x50: true };
    expect(renderTemplate(source, context)).toBe('50');
    expect(renderTemplate(source, context)).toBe(handlebarsRender(source, context));
    expect(renderTemplate(source, FULL)).toBe('none');
    expect(renderTemplate(source, FULL)).toBe(handlebarsRender(source, FULL));
    expect(checkTemplate(source, FULL).errors).toEqual([]);
  });

  it('chain links count as nesting: chains inside chains past 100 levels are refused', () => {
    const links = (n: number) => Array.from({ length: n }, () => '{{else if me}}').join('');
    const source = `{{#if a}}${links(40)}{{#if b}}${links(40)}{{#if c}}${links(40)}x{{/if}}{{/if}}{{/if}}`;
    expect(errorOf(source).code).toBe('templateNestedTooDeeply');
    const fits = `{{#if a}}${links(30)}{{#if b}}${links(30)}x{{/if}}{{/if}}`;
    expect(renderTemplate(fits, { b: true })).toBe(handlebarsRender(fits, { b: true }));
  });

  it('whatever goes wrong inside, checking or rendering gives a template problem, never another throw', () => {
    const context = {
      person: {
        get firstName(): string {
          throw new RangeError('Maximum call stack size exceeded');
        },
      },
    };
    expect(checkTemplate('Hi {{person.firstName}}', context).errors.map(placedInEnglish)).toEqual([
      'The template could not be checked at line 1, column 1',
    ]);
    expect(errorOf('Hi {{person.firstName}}', context).code).toBe('templateNotRendered');
  });
});

describe('the interpreter', () => {
  const loc = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
  const strip = { open: false, close: false };
  const path = (name: string) => ({
    type: 'PathExpression' as const,
    data: false,
    depth: 0,
    parts: [name],
    original: name,
    loc,
  });
  const program = (body: Program['body'], chained = false): Program => ({
    type: 'Program',
    body,
    chained,
    loc,
  });

  it('follows a chain of 20,000 links, however it got there, without a stack frame per link', () => {
    let next: BlockStatement | undefined;
    for (let i = 20_000; i >= 1; i--) {
      const link: BlockStatement = {
        type: 'BlockStatement',
        path: path('if'),
        params: [path(`x${i}`)],
        program: program([{ type: 'ContentStatement', value: String(i), original: String(i), loc }]),
        openStrip: strip,
        closeStrip: strip,
        loc,
      };
      if (next) link.inverse = program([next], true);
      next = link;
    }
    const tree = program(next ? [next] : []);
    expect(new Interpreter().run(tree, { x19999: true })).toBe('19999');
  });
});
