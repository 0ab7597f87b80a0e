// The eval-free renderer: walks the AST and produces what the precompiled Handlebars 4.7 runtime
// produces (noEscape), quirks included. Each step names the runtime code it mirrors. validate.ts
// has already refused every construct not handled here.
import type {
  BlockStatement,
  Expression,
  Hash,
  Literal,
  MustacheStatement,
  PathExpression,
  Program,
} from './ast';
import { errorAt, templateProblem } from './errors';
import { TEMPLATE_HELPERS } from './helpers/index';
import { asPath, type BlockHelperName, hasArguments, simpleName } from './syntax';
import {
  createFrame,
  type DataFrame,
  isEmpty,
  jsPlus,
  lookupProperty,
  looselyDiffers,
  NULL_CONTEXT,
} from './values';

export const MAX_OUTPUT = 100_000;
const MAX_STEPS = 200_000;

interface Scope {
  context: unknown;
  /** `depths` in the runtime: [current context, parent, grandparent…], for `../`. */
  depths: unknown[];
  data: DataFrame;
}

/** "Go on with this link of the chain": returned instead of the link's value, so no frame is kept. */
class ChainLink {
  constructor(
    readonly node: BlockStatement,
    readonly scope: Scope,
  ) {}
}

export class Interpreter {
  private steps = 0;

  run(program: Program, root: unknown): string {
    // template(): data = { root }, depths = [context], and the result is '' + main(…).
    const result = this.program(program, { context: root, depths: [root], data: { root } });
    return String(this.limit(jsPlus('', result), program));
  }

  /** A program's statements, joined the way compiled code joins them: `v1 + v2 + …`. */
  private program(program: Program, scope: Scope): unknown {
    let result: unknown;
    let empty = true;
    for (const node of program.body) {
      if (++this.steps > MAX_STEPS) throw errorAt(templateProblem('templateTooMuchWork'), node.loc);
      let value: unknown;
      if (node.type === 'ContentStatement') {
        if (node.value === '') continue;
        value = node.value;
      } else if (node.type === 'MustacheStatement') {
        value = this.mustache(node, scope);
      } else if (node.type === 'BlockStatement') {
        value = this.block(node, scope);
      } else {
        continue;
      }
      value ??= '';
      result = empty ? value : this.limit(jsPlus(result, value), node);
      empty = false;
    }
    return empty ? '' : result;
  }

  private limit(value: unknown, at: { loc: Program['loc'] }): unknown {
    if (typeof value === 'string' && value.length > MAX_OUTPUT)
      throw errorAt(templateProblem('templateMessageTooLong'), at.loc);
    return value;
  }

  /** wrapProgram: a new `../` level only when the context really changes. */
  private invoke(program: Program | undefined, context: unknown, scope: Scope, data = scope.data): unknown {
    if (!program) return ''; // container.noop
    const [current] = scope.depths;
    const push = looselyDiffers(context, current) && !(context === NULL_CONTEXT && current === null);
    return this.program(program, { context, depths: push ? [context, ...scope.depths] : scope.depths, data });
  }

  private mustache(node: MustacheStatement, scope: Scope): unknown {
    const path = asPath(node.path);
    const name = simpleName(path);
    // Params or hash: a helper call. A bare simple name (even `@name`) is a helper if one exists.
    if (hasArguments(node) || (name !== undefined && Object.hasOwn(TEMPLATE_HELPERS, name))) {
      return this.callHelper(name ?? '', node.params, node.hash, scope, node);
    }
    return this.expression(path, scope);
  }

  private callHelper(
    name: string,
    params: Expression[],
    hash: Hash | undefined,
    scope: Scope,
    at: { loc: Program['loc'] },
  ) {
    const helper = TEMPLATE_HELPERS[name];
    if (!helper) throw errorAt(templateProblem('templateUnknownHelper', { name }), at.loc);
    const args = params.map((param) => this.expression(param, scope));
    const options = { name, hash: this.hash(hash, scope), data: scope.data, loc: at.loc };
    return helper.call(scope.context ?? NULL_CONTEXT, ...args, options);
  }

  private hash(hash: Hash | undefined, scope: Scope): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const pair of hash?.pairs ?? []) result[pair.key] = this.expression(pair.value, scope);
    return result;
  }

  private expression(node: Expression, scope: Scope): unknown {
    switch (node.type) {
      case 'PathExpression':
        return this.path(node, scope);
      case 'SubExpression':
        return this.callHelper(simpleName(asPath(node.path)) ?? '', node.params, node.hash, scope, node);
      case 'ArrayLiteral':
      case 'HashLiteral':
        throw errorAt(templateProblem('templateLiterals'), node.loc);
      default:
        return (node as Literal).type === 'UndefinedLiteral' ? undefined : (node as Literal).value;
    }
  }

  private path(node: PathExpression, scope: Scope): unknown {
    const parts = node.parts as string[];
    if (node.data) {
      // lookupData: climb `_parent` for `@../x`, then `a && lookup(a, part)` (falsy-style).
      let value: unknown = scope.data;
      for (let up = node.depth; value && up > 0; up--) value = (value as DataFrame)._parent;
      for (const part of parts) value = value && lookupProperty(value, part);
      return value;
    }
    // lookupOnContext: `a != null ? lookup(a, part) : a`.
    let value: unknown = node.depth ? scope.depths[node.depth] : scope.context;
    for (const part of parts)
      value = value !== null && value !== undefined ? lookupProperty(value, part) : value;
    return value;
  }

  /**
   * A block, and the `{{else if}}` links chained to it one after the other: a chain parses as a
   * block inside the inverse of the one before, so following it by recursion would use one stack
   * frame per link. Taking a link is what invoking that one-block inverse would do.
   */
  private block(first: BlockStatement, outer: Scope): unknown {
    let node = first;
    let scope = outer;
    for (;;) {
      const outcome = this.blockStep(node, scope);
      if (!(outcome instanceof ChainLink)) return outcome;
      if (++this.steps > MAX_STEPS) throw errorAt(templateProblem('templateTooMuchWork'), outcome.node.loc);
      node = outcome.node;
      scope = outcome.scope;
    }
  }

  private blockStep(node: BlockStatement, scope: Scope): unknown {
    const name = simpleName(node.path) as BlockHelperName;
    const [param] = node.params;
    const value = param ? this.expression(param, scope) : undefined;
    const self = scope.context ?? NULL_CONTEXT; // the helper's `this`
    const fn = (context: unknown, data?: DataFrame) => this.invoke(node.program, context, scope, data);
    const inverse = (context: unknown) =>
      this.chainLink(node, context, scope) ?? this.invoke(node.inverse, context, scope);
    switch (name) {
      case 'if':
      case 'unless': {
        const includeZero = Boolean(this.hash(node.hash, scope).includeZero);
        const truthy = !((!includeZero && !value) || isEmpty(value));
        return truthy === (name === 'if') ? fn(self) : inverse(self);
      }
      case 'with':
        return isEmpty(value) ? inverse(self) : fn(value);
      case 'each':
        return this.each(value, node, fn, () => inverse(self), scope);
    }
  }

  /** The next link, when the inverse is a chain and invoking it would keep the same `../` depths. */
  private chainLink(node: BlockStatement, context: unknown, scope: Scope): ChainLink | null {
    const [link] = node.inverse?.chained ? node.inverse.body : [];
    if (link?.type !== 'BlockStatement') return null;
    const [current] = scope.depths;
    const push = looselyDiffers(context, current) && !(context === NULL_CONTEXT && current === null);
    return push ? null : new ChainLink(link, { context, depths: scope.depths, data: scope.data });
  }

  /** The `each` helper: arrays, iterables and plain objects, with @index/@key/@first/@last. */
  private each(
    value: unknown,
    node: BlockStatement,
    fn: (context: unknown, data: DataFrame) => unknown,
    inverse: () => unknown,
    scope: Scope,
  ): unknown {
    let result: unknown = '';
    let count = 0;
    const iteration = (item: unknown, key: string | number, index: number, last: boolean) => {
      if (++this.steps > MAX_STEPS) throw errorAt(templateProblem('templateTooMuchWork'), node.loc);
      const data = createFrame(scope.data);
      Object.assign(data, { key, index, first: index === 0, last });
      result = this.limit(jsPlus(result, fn(item, data)), node);
    };
    if (value && typeof value === 'object') {
      if (Array.isArray(value) || Symbol.iterator in value) {
        const items: unknown[] = Array.isArray(value) ? value : Array.from(value as Iterable<unknown>);
        for (; count < items.length; count++) {
          if (count in items) iteration(items[count], count, count, count === items.length - 1);
        }
      } else {
        const keys = Object.keys(value);
        for (; count < keys.length; count++) {
          const key = keys[count] as string;
          iteration((value as Record<string, unknown>)[key], key, count, count === keys.length - 1);
        }
      }
    }
    return count === 0 ? inverse() : result;
  }
}
