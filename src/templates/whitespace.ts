// Standalone-line and `~` stripping exactly as Handlebars 4.7.10 does it (a port of its
// compiler/whitespace-control.js). We cannot use the one in @handlebars/parser 2.x: it also
// strips the close-tag indent in every branch of an `{{else if}}` chain, which Handlebars 4 does
// not, so the eval-free preview would differ from the precompiled shipped templates.
import type { BlockStatement, ContentStatement, Program, Statement, StripFlags } from './ast';

interface Strip {
  open?: boolean;
  close?: boolean;
  openStandalone?: boolean;
  closeStandalone?: boolean;
  inlineStandalone?: boolean;
}

export function stripWhitespace(root: Program): Program {
  visitProgram(root, true);
  return root;
}

function visitProgram(program: Program, isRoot: boolean): void {
  const body = program.body;
  for (let i = 0; i < body.length; i++) {
    const current = body[i] as Statement;
    const strip = visitStatement(current);
    if (!strip) continue;
    const prevWs = isPrevWhitespace(body, i, isRoot);
    const nextWs = isNextWhitespace(body, i, isRoot);
    const openStandalone = strip.openStandalone && prevWs;
    const closeStandalone = strip.closeStandalone && nextWs;
    const inlineStandalone = strip.inlineStandalone && prevWs && nextWs;

    if (strip.close) omitRight(body, i, true);
    if (strip.open) omitLeft(body, i, true);
    if (inlineStandalone) {
      omitRight(body, i);
      omitLeft(body, i);
    }
    if (openStandalone && isBlock(current)) {
      omitRight((current.program ?? current.inverse)?.body ?? []);
      omitLeft(body, i);
    }
    if (closeStandalone && isBlock(current)) {
      omitRight(body, i);
      omitLeft((current.inverse ?? current.program)?.body ?? []);
    }
  }
}

function isBlock(node: Statement): node is BlockStatement {
  return node.type === 'BlockStatement' || node.type === 'DecoratorBlock';
}

function visitStatement(node: Statement): Strip | undefined {
  switch (node.type) {
    case 'BlockStatement':
    case 'DecoratorBlock':
      return visitBlock(node);
    case 'MustacheStatement':
    case 'Decorator':
      return node.strip;
    case 'CommentStatement':
    case 'PartialStatement':
      return { inlineStandalone: true, open: node.strip?.open, close: node.strip?.close };
    case 'PartialBlockStatement':
      // Rejected before rendering; stripping it like a block is not worth the code.
      return undefined;
    default:
      return undefined;
  }
}

function visitBlock(block: BlockStatement): Strip | undefined {
  if (block.program) visitProgram(block.program, false);
  if (block.inverse) visitProgram(block.inverse, false);
  const program = block.program ?? block.inverse;
  if (!program) return undefined;
  const inverse = block.program ? block.inverse : undefined;
  let firstInverse = inverse;
  let lastInverse = inverse;
  if (inverse?.chained) {
    firstInverse = chainedBlock(inverse, 0)?.program;
    while (lastInverse?.chained) lastInverse = chainedBlock(lastInverse, -1)?.program;
  }

  const strip: Strip = {
    open: block.openStrip.open,
    close: block.closeStrip.close,
    // Standalone candidacy; the parent decides whether the block really stands alone.
    openStandalone: isNextWhitespace(program.body),
    closeStandalone: isPrevWhitespace((firstInverse ?? program).body),
  };

  if (block.openStrip.close) omitRight(program.body, undefined, true);
  if (inverse) {
    const inverseStrip: StripFlags = block.inverseStrip ?? { open: false, close: false };
    if (inverseStrip.open) omitLeft(program.body, undefined, true);
    if (inverseStrip.close && firstInverse) omitRight(firstInverse.body, undefined, true);
    if (block.closeStrip.open && lastInverse) omitLeft(lastInverse.body, undefined, true);
    // A standalone {{else}} line.
    if (firstInverse && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
      omitLeft(program.body);
      omitRight(firstInverse.body);
    }
  } else if (block.closeStrip.open) {
    omitLeft(program.body, undefined, true);
  }
  return strip;
}

function chainedBlock(program: Program, index: 0 | -1): BlockStatement | undefined {
  const node = program.body.at(index);
  return node && isBlock(node) ? node : undefined;
}

function content(node: Statement | undefined): ContentStatement | undefined {
  return node?.type === 'ContentStatement' ? node : undefined;
}

// A node ending with a newline counts as whitespace (strip operations special-case it).
function isPrevWhitespace(body: Statement[], i = body.length, isRoot = false): boolean | undefined {
  const prev = body[i - 1];
  const sibling = body[i - 2];
  if (!prev) return isRoot;
  const text = content(prev);
  if (!text) return undefined;
  return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(text.original);
}

function isNextWhitespace(body: Statement[], i = -1, isRoot = false): boolean | undefined {
  const next = body[i + 1];
  const sibling = body[i + 2];
  if (!next) return isRoot;
  const text = content(next);
  if (!text) return undefined;
  return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(text.original);
}

function omitRight(body: Statement[], i?: number, multiple = false): void {
  const current = content(body[i === undefined ? 0 : i + 1]);
  if (!current || (!multiple && current.rightStripped)) return;
  const original = current.value;
  current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, '');
  current.rightStripped = current.value !== original;
}

function omitLeft(body: Statement[], i?: number, multiple = false): boolean {
  const current = content(body[i === undefined ? body.length - 1 : i - 1]);
  if (!current || (!multiple && current.leftStripped)) return false;
  const original = current.value;
  // Anchored after a non-space: a bare /\s+$/ is quadratic on long whitespace runs.
  current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, '$1');
  current.leftStripped = current.value !== original;
  return current.leftStripped;
}
