// Everything the interpreter does not do is refused up front, for the whole template, with the
// place it occurs: partials, decorators, block params, unknown helpers, syntax newer than
// Handlebars 4, and nesting deep enough to be abuse. The interpreter then trusts the AST.
import type { BlockStatement, Expression, Hash, MustacheStatement, Program, Statement } from './ast';
import { errorAt, type TemplateError, templateProblem } from './errors';
import { isTemplateHelper } from './helpers/index';
import { CHAIN_TOO_LONG, MAX_CHAIN, MAX_DEPTH, MAX_NESTING, NESTED_TOO_DEEPLY } from './limits';
import { asPath, hasArguments, isBlockHelper, isBuiltin, simpleName } from './syntax';

const MAX_PROBLEMS = 20;

/** Where a statement sits: blocks open around it, and levels of the tree (chain links count). */
interface Level {
  blocks: number;
  depth: number;
}

export function findProblems(program: Program): TemplateError[] {
  const problems: TemplateError[] = [];
  const report = (error: TemplateError) => {
    if (problems.length < MAX_PROBLEMS) problems.push(error);
  };
  visitProgram(program, { blocks: 0, depth: 0 }, report);
  return problems;
}

type Report = (error: TemplateError) => void;

function visitProgram(program: Program | undefined, level: Level, report: Report): void {
  if (!program) return;
  if (program.blockParams?.length) report(errorAt(templateProblem('templateBlockParams'), program.loc));
  for (const node of program.body) visitStatement(node, level, report);
}

function visitStatement(node: Statement, level: Level, report: Report): void {
  switch (node.type) {
    case 'ContentStatement':
    case 'CommentStatement':
      return;
    case 'PartialStatement':
    case 'PartialBlockStatement': {
      report(errorAt(templateProblem('templatePartials'), node.loc));
      return;
    }
    case 'Decorator':
    case 'DecoratorBlock': {
      report(errorAt(templateProblem('templateDecorators'), node.loc));
      return;
    }
    case 'MustacheStatement': {
      visitMustache(node, report);
      return;
    }
    case 'BlockStatement': {
      visitBlock(node, level, report);
      return;
    }
  }
}

function visitMustache(node: MustacheStatement, report: Report): void {
  const path = asPath(node.path);
  const name = simpleName(path);
  if (name !== undefined && isBuiltin(name)) {
    report(errorAt(templateProblem('templateBlockOnly', { name }), node.loc));
    return;
  }
  if (hasArguments(node)) checkHelperCall(path, node.loc, report);
  else visitExpression(path, 0, report);
  visitArguments(node.params, node.hash, 0, report);
}

/** A block and the `{{else if}}` links chained to it, one after the other (no recursion per link). */
function visitBlock(first: BlockStatement, outer: Level, report: Report): void {
  const blocks = outer.blocks + 1;
  let depth = outer.depth + 1;
  if (blocks > MAX_NESTING || depth > MAX_DEPTH) {
    report(errorAt(NESTED_TOO_DEEPLY, first.loc));
    return;
  }
  for (let node = first, links = 0; ; ) {
    visitBlockHead(node, report);
    visitProgram(node.program, { blocks, depth }, report);
    const link = chainedLink(node);
    if (!link) {
      visitProgram(node.inverse, { blocks, depth }, report);
      return;
    }
    links++;
    depth++;
    if (links > MAX_CHAIN || depth > MAX_DEPTH) {
      report(errorAt(links > MAX_CHAIN ? CHAIN_TOO_LONG : NESTED_TOO_DEEPLY, link.loc));
      return;
    }
    node = link;
  }
}

/** The next link of an else-if chain: the one block of a chained inverse. */
function chainedLink(node: BlockStatement): BlockStatement | undefined {
  const [link] = node.inverse?.chained ? node.inverse.body : [];
  return link?.type === 'BlockStatement' ? link : undefined;
}

function visitBlockHead(node: BlockStatement, report: Report): void {
  const name = simpleName(node.path);
  if (name === undefined || !isBlockHelper(name)) {
    const shown = node.path.type === 'PathExpression' ? node.path.original : 'this';
    const found =
      name && isTemplateHelper(name)
        ? templateProblem('templateNotBlockHelper', { name })
        : templateProblem('templateUnknownBlock', { name: shown });
    report(errorAt(found, node.loc));
  } else if (node.params.length !== 1) {
    report(errorAt(templateProblem('templateOneValue', { name }), node.loc));
  }
  visitArguments(node.params, node.hash, 0, report);
}

function checkHelperCall(path: Expression, loc: Statement['loc'], report: Report): void {
  const name = simpleName(path);
  if (name === undefined || !isTemplateHelper(name)) {
    const shown = path.type === 'PathExpression' ? path.original : path.type;
    report(errorAt(templateProblem('templateUnknownHelper', { name: shown }), loc));
  }
}

function visitArguments(params: Expression[], hash: Hash | undefined, depth: number, report: Report) {
  for (const param of params) visitExpression(param, depth, report);
  for (const pair of hash?.pairs ?? []) visitExpression(pair.value, depth, report);
}

function visitExpression(node: Expression, depth: number, report: Report): void {
  switch (node.type) {
    case 'SubExpression':
      if (depth > MAX_NESTING) {
        report(errorAt(templateProblem('templateHelpersTooDeep'), node.loc));
        return;
      }
      checkHelperCall(asPath(node.path), node.loc, report);
      {
        visitArguments(node.params, node.hash, depth + 1, report);
        return;
      }
    case 'PathExpression':
      if (node.parts.some((part) => typeof part !== 'string') || node.original.includes('.#')) {
        report(errorAt(templateProblem('templateUnsupported', { text: node.original }), node.loc));
      }
      return;
    case 'ArrayLiteral':
    case 'HashLiteral': {
      report(errorAt(templateProblem('templateLiterals'), node.loc));
      return;
    }
    default:
      return;
  }
}
