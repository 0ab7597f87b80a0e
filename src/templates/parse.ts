// Parsing with the eval-free @handlebars/parser, adjusted to give the AST Handlebars 4.7 gives
// (the runtime we precompile shipped templates for). Two 2.x changes matter: whitespace control
// (see whitespace.ts) and which tag's `~` flags the later links of an `{{else if}}` chain carry.
import { parseWithoutProcessing } from '@handlebars/parser';
import type { BlockStatement, Program, Statement } from './ast';
import { fromParserError, TemplateError, templateProblem } from './errors';
import { scanNesting } from './limits';
import { stripWhitespace } from './whitespace';

export const MAX_SOURCE_LENGTH = 50_000;

export function parseTemplate(source: string): Program {
  if (source.length > MAX_SOURCE_LENGTH) throw new TemplateError(templateProblem('templateTooLong'), 1, 1);
  // The parser's cost and our walkers' recursion grow with nesting and chains: refuse abuse first.
  scanNesting(source);
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
