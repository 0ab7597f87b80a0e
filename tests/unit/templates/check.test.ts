import { describe, expect, it } from 'vitest';
import { checkTemplate, renderTemplate, TemplateError } from '../../../src/templates/render';
import { EMPTY, FULL } from './contexts';

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
    expect(errors).toEqual([{ message: "Expected '}}' at line 3, column 17", line: 3, column: 17 }]);
  });

  it('a close tag that does not match its block', () => {
    const { errors } = checkTemplate('Hi\n  {{#if mutual}}x{{/each}}');
    expect(errors[0]?.message).toBe('{{/each}} does not close {{#if}} at line 2, column 6');
  });

  it('an unclosed block', () => {
    expect(checkTemplate('{{#if mutual}}\nhello').errors[0]?.message).toBe(
      'Expected a closing {{/…}} at line 2, column 6',
    );
  });

  it('unsupported features, each with its place', () => {
    const { errors } = checkTemplate(
      '{{> signature}}\n{{#person}}x{{/person}}\n{{shout me.name}}\n{{#each me.targetCompanies as |c|}}{{c}}{{/each}}\n{{if mutual}}',
    );
    expect(errors.map((error) => [error.line, error.message.split(' at line')[0]])).toEqual([
      [1, 'Partials ({{> name}}) are not supported'],
      [2, 'Unknown block {{#person}}; use if, unless, each or with'],
      [3, "Unknown helper 'shout'"],
      [4, 'Block parameters (as |x|) are not supported'],
      [5, '{{if}} only works as a block: {{#if …}}…{{/if}}'],
    ]);
    expect(errorOf('ok\n{{shout me.name}}')).toMatchObject({ line: 2, column: 1 });
  });

  it('syntax newer than Handlebars 4 is refused rather than misread', () => {
    expect(checkTemplate('{{(firstWord me.name).length}}').errors[0]?.message).toMatch(/does not support/);
    expect(checkTemplate('{{me.#name}}').errors[0]?.message).toMatch(/does not support/);
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
    expect(errorOf(deep).message).toMatch(/^The template is nested too deeply at line 1, column \d+$/);
    const fine = `${'{{#if me}}'.repeat(40)}x${'{{/if}}'.repeat(40)}`;
    expect(renderTemplate(fine, FULL)).toBe('x');
  });

  it('deeply nested helpers', () => {
    const deep = `{{${'default ('.repeat(80)}me.name${')'.repeat(80)}}}`;
    expect(errorOf(deep).reason).toBe('The template is nested too deeply');
  });

  it('output beyond 100,000 characters', () => {
    const context = { me: { targetCompanies: Array.from({ length: 60 }, () => 'x'.repeat(2000)) } };
    const error = errorOf('{{#each me.targetCompanies}}{{this}}{{/each}}', context);
    expect(error.reason).toBe('The message is too long');
    expect(checkTemplate('{{#each me.targetCompanies}}{{this}}{{/each}}', context).errors[0]?.line).toBe(1);
  });

  it('work that explodes without producing output', () => {
    const items = Array.from({ length: 40 }, (_, index) => index);
    const loop = (depth: number): string =>
      depth === 0 ? '{{#if @first}}{{/if}}' : `{{#each @root.items}}${loop(depth - 1)}{{/each}}`;
    const source = loop(4);
    expect(errorOf(source, { items }).reason).toBe('The template does too much work');
  });

  it('a huge template', () => {
    expect(errorOf('x'.repeat(50_001)).reason).toBe('The template is too long');
  });
});
