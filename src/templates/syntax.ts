// How Handlebars 4 classifies an expression (compiler.js: classifySexpr, scopedId, simpleId,
// transformLiteralToPath), shared by the validator, the interpreter and the checker.
import type { Expression, Literal, PathExpression } from './ast';

/** Block helpers the interpreter implements, with the runtime's semantics. */
export const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;
export type BlockHelperName = (typeof BLOCK_HELPERS)[number];
/** Handlebars' other built-ins: a bare `{{lookup}}` still resolves to them, so we reject them. */
const OTHER_BUILTINS = ['lookup', 'log', 'helperMissing', 'blockHelperMissing'];

export function isBlockHelper(name: string): name is BlockHelperName {
  return (BLOCK_HELPERS as readonly string[]).includes(name);
}

export function isBuiltin(name: string): boolean {
  return isBlockHelper(name) || OTHER_BUILTINS.includes(name);
}

export function isLiteral(node: Expression): node is Literal {
  return node.type.endsWith('Literal') && node.type !== 'ArrayLiteral' && node.type !== 'HashLiteral';
}

/** `{{"name"}}` and `{{true}}` look up a context key of that name, as in Handlebars. */
export function asPath(node: Expression): Expression {
  if (!isLiteral(node)) return node;
  const original = String(node.original);
  return { type: 'PathExpression', data: false, depth: 0, parts: [original], original, loc: node.loc };
}

export function isScoped(path: PathExpression): boolean {
  return /^\.|this\b/.test(path.original);
}

/** A one-segment name that may be a helper: `name` or even `@name`, never `this.name`/`../name`. */
export function simpleName(node: Expression): string | undefined {
  if (node.type !== 'PathExpression') return undefined;
  const [name] = node.parts;
  if (node.parts.length !== 1 || typeof name !== 'string' || isScoped(node) || node.depth) return undefined;
  return name;
}

export function hasArguments(node: { params: Expression[]; hash?: { pairs: unknown[] } | undefined }) {
  return node.params.length > 0 || node.hash !== undefined;
}
