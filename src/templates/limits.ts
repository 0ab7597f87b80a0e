// How deep a user template may nest, and the cheap scan that holds a source to it before the
// parser sees it. The parser takes time growing with the square of an {{else if}} chain (3,500
// links: seconds) and every walker after it recurses once per level of the tree it builds — a
// chain link is one level deeper than the link before it. So the limits are checked on the
// text, in one linear pass, and the tree can then be walked without running out of stack.
import type { Problem } from '../model';
import { type TemplateCode, TemplateError, templateProblem } from './errors';

/** Blocks open inside each other. */
export const MAX_NESTING = 50;
/** `{{else …}}` links in one chain. */
export const MAX_CHAIN = 50;
/** Levels of the parsed tree: every open block, plus every chain link it is in so far. */
export const MAX_DEPTH = 100;

export const NESTED_TOO_DEEPLY = templateProblem('templateNestedTooDeeply');
export const CHAIN_TOO_LONG = templateProblem('templateChainTooLong', { max: MAX_CHAIN });

// One mustache: an opening block `{{#…}}`/`{{^name}}`, a closing `{{/…}}`, a chain link
// `{{else if …}}` (an `else` with something after it), or anything else. A comment or an escaped
// tag may be counted too: the scan over-estimates, never under-estimates.
const TAG = /\{\{~?\s*(?:([#/])|(\^)(?!\s*~?\}\})|(else)\s+(?!~?\}\}))?[^}]*\}\}/g;

function positionOf(source: string, index: number): [line: number, column: number] {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return [line, index - lineStart + 1];
}

/** Throws a TemplateError at the first tag past a limit; linear in the length of the source. */
export function scanNesting(source: string): void {
  const links: number[] = []; // per open block, its chain links so far
  let depth = 0;
  const refuse = (found: Problem<TemplateCode>, index: number): never => {
    throw new TemplateError(found, ...positionOf(source, index));
  };
  for (const tag of source.matchAll(TAG)) {
    const [text, slash, caret, chain] = tag;
    if (slash === '/') {
      if (links.length > 0) depth -= 1 + (links.pop() ?? 0);
    } else if (slash === '#' || caret) {
      links.push(0);
      depth++;
      if (links.length > MAX_NESTING || depth > MAX_DEPTH) refuse(NESTED_TOO_DEEPLY, tag.index);
    } else if (chain && links.length > 0) {
      const top = links.length - 1;
      links[top] = (links[top] ?? 0) + 1;
      depth++;
      if ((links[top] ?? 0) > MAX_CHAIN) refuse(CHAIN_TOO_LONG, tag.index);
      if (depth > MAX_DEPTH) refuse(NESTED_TOO_DEEPLY, tag.index);
    }
    let parens = 0;
    for (const char of text) {
      parens += char === '(' ? 1 : char === ')' ? -1 : 0;
      if (parens > MAX_NESTING) refuse(NESTED_TOO_DEEPLY, tag.index);
    }
  }
}
