// Parsing with the eval-free @handlebars/parser, adjusted to give the AST Handlebars 4.7 gives
// (the runtime we precompile shipped templates for). Two 2.x changes matter: whitespace control
// (see whitespace.ts) and which tag's `~` flags the later links of an `{{else if}}` chain carry.
import { parseWithoutProcessing } from '@handlebars/parser';
import type { BlockStatement, Program, Statement } from './ast';
import { fromParserError, TemplateError } from './errors';
import { MAX_NESTING } from './validate';
import { stripWhitespace } from './whitespace';

export const MAX_SOURCE_LENGTH = 50_000;

export function parseTemplate(source: string): Program {
  if (source.length > MAX_SOURCE_LENGTH) throw new TemplateError('The template is too long', 1, 1);
  // The parser and our walkers recurse once per nesting level; refuse abuse before recursing.
  guardNesting(source);
  let raw: Program;
  try {
    // The parser's types describe every statement as a bare Node; ast.ts narrows them.
    raw = parseWithoutProcessing(source) as unknown as Program;
  } catch (error) {
    throw fromParserError(error);
  }
  restoreChainStrip(raw);
  return stripWhitespace(raw);
}

function isBlock(node: Statement | undefined): node is BlockStatement {
  return node?.type === 'BlockStatement' || node?.type === 'DecoratorBlock';
}

// Handlebars 4 gives the second and later links of an else-if chain the strip flags of their own
// `{{else if}}` tag as close flags; 2.x gives them the real closing tag's flags.
function restoreChainStrip(program: Program | undefined): void {
  if (!program) return;
  for (const node of program.body) {
    if (!isBlock(node)) continue;
    if (node.inverse?.chained) {
      let link = node.inverse.body[0];
      let later = false;
      while (isBlock(link)) {
        if (later) link.closeStrip = link.openStrip;
        later = true;
        link = link.inverse?.chained ? link.inverse.body[0] : undefined;
      }
    }
    restoreChainStrip(node.program);
    restoreChainStrip(node.inverse);
  }
}

function positionOf(source: string, index: number): [line: number, column: number] {
  const before = source.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return [before.split('\n').length, index - lineStart + 1];
}

/** A cheap over-estimate of block and sub-expression nesting (comments count too). */
function guardNesting(source: string): void {
  let blocks = 0;
  for (const tag of source.matchAll(/\{\{~?\s*([#/]|\^(?!\s*~?\}\}))[^}]*\}\}|\{\{[^}]*\}\}/g)) {
    const kind = tag[1];
    blocks += kind === '/' ? -1 : kind ? 1 : 0;
    let parens = 0;
    let deepest = 0;
    for (const char of tag[0]) {
      parens += char === '(' ? 1 : char === ')' ? -1 : 0;
      deepest = Math.max(deepest, parens);
    }
    if (blocks > MAX_NESTING || deepest > MAX_NESTING) {
      throw new TemplateError('The template is nested too deeply', ...positionOf(source, tag.index));
    }
  }
}
