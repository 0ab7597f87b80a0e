// What the template editor shows while the user types: syntax errors and unsupported features
// with their place, and every variable with whether it exists in TemplateContext and whether it
// is empty for the person at hand (a likely "Hi ," in the message).
import type { Problem } from '../model';
import type { BlockStatement, Expression, Hash, PathExpression, Program } from './ast';
import { buildContext } from './context';
import { type TemplateCode, TemplateError, templateProblem } from './errors';
import { isTemplateHelper } from './helpers/index';
import { Interpreter } from './interpret';
import { parseTemplate } from './parse';
import { asPath, hasArguments, simpleName } from './syntax';
import { findProblems } from './validate';
import { lookupProperty } from './values';

export interface TemplateProblem {
  /** What is wrong, for the screen to word (locales: `error_<code>`). */
  problem: Problem<TemplateCode>;
  /** The developer's line: code, parameters and place. */
  message: string;
  line: number;
  column: number;
}
export interface TemplateVariable {
  path: string;
  line: number;
  column: number;
  /** The path exists in the TemplateContext shape. */
  known: boolean;
  /** Its value in the given context is "", null or missing (false when it cannot be told). */
  empty: boolean;
}
export interface TemplateCheck {
  errors: TemplateProblem[];
  variables: TemplateVariable[];
}

// A context with every field present stands in for the TemplateContext type at run time.
const SHAPE = buildContext({ mutual: { fullName: 'M' }, me: { targetCompanies: ['C'] } });
const UNKNOWABLE = Symbol('unknowable');

interface Scope {
  shape: unknown;
  actual: unknown;
}

function resolve(base: unknown, parts: string[]): unknown {
  let value = base;
  for (const part of parts) {
    if (value === UNKNOWABLE) return UNKNOWABLE;
    value = value === null || value === undefined ? undefined : lookupProperty(value, part);
  }
  return value;
}

function problem(error: TemplateError): TemplateProblem {
  const found = { code: error.code, params: error.params } as Problem<TemplateCode>;
  return { problem: found, message: error.message, line: error.line, column: error.column };
}

/** What the editor and the composer show; never throws, whatever the source. */
export function checkTemplate(source: string, context?: unknown): TemplateCheck {
  try {
    return checkProgram(source, context);
  } catch (error) {
    if (error instanceof TemplateError) return { errors: [problem(error)], variables: [] };
    // Not a template problem we know (a stack overflow, a bug): still a message, not a crash.
    return {
      errors: [problem(new TemplateError(templateProblem('templateNotChecked'), 1, 1))],
      variables: [],
    };
  }
}

function checkProgram(source: string, context: unknown): TemplateCheck {
  const program = parseTemplate(source);
  const errors = findProblems(program).map(problem);
  if (errors.length === 0 && context !== undefined) {
    try {
      new Interpreter().run(program, context);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      errors.push(problem(error));
    }
  }
  const variables: TemplateVariable[] = [];
  const root: Scope = { shape: SHAPE, actual: context === undefined ? UNKNOWABLE : context };
  new VariableCollector(variables, root).program(program, [root], 0);
  return { errors, variables };
}

class VariableCollector {
  constructor(
    private readonly out: TemplateVariable[],
    private readonly root: Scope,
  ) {}

  program(program: Program | undefined, scopes: Scope[], eachDepth: number): void {
    for (const node of program?.body ?? []) {
      if (node.type === 'MustacheStatement') {
        const name = simpleName(asPath(node.path));
        const isHelper = hasArguments(node) || (name !== undefined && isTemplateHelper(name));
        if (!isHelper) this.expression(asPath(node.path), scopes, eachDepth);
        this.argumentsOf(node.params, node.hash, scopes, eachDepth);
      } else if (node.type === 'BlockStatement') {
        this.block(node, scopes, eachDepth);
      }
    }
  }

  private block(node: BlockStatement, scopes: Scope[], eachDepth: number): void {
    this.argumentsOf(node.params, node.hash, scopes, eachDepth);
    const name = simpleName(node.path);
    const [param] = node.params;
    let inner = scopes;
    if (param?.type === 'PathExpression' && (name === 'with' || name === 'each')) {
      const target = this.lookup(param, scopes);
      const shape = name === 'each' ? elementShape(target.shape) : target.shape;
      inner = [{ shape, actual: name === 'each' ? UNKNOWABLE : target.actual }, ...scopes];
    }
    this.program(node.program, inner, name === 'each' ? eachDepth + 1 : eachDepth);
    this.program(node.inverse, scopes, eachDepth);
  }

  private argumentsOf(params: Expression[], hash: Hash | undefined, scopes: Scope[], eachDepth: number) {
    for (const param of params) this.expression(param, scopes, eachDepth);
    for (const pair of hash?.pairs ?? []) this.expression(pair.value, scopes, eachDepth);
  }

  private expression(node: Expression, scopes: Scope[], eachDepth: number): void {
    if (node.type === 'SubExpression') {
      this.argumentsOf(node.params, node.hash, scopes, eachDepth);
      return;
    }
    if (node.type !== 'PathExpression') return;
    const { shape, actual } = this.lookup(node, scopes, eachDepth);
    this.out.push({
      path: node.original,
      line: node.loc.start.line,
      column: node.loc.start.column + 1,
      known: shape !== undefined,
      empty: actual !== UNKNOWABLE && (actual === '' || actual === null || actual === undefined),
    });
  }

  private lookup(node: PathExpression, scopes: Scope[], eachDepth = 0): Scope {
    const parts = node.parts.filter((part): part is string => typeof part === 'string');
    if (node.data) {
      const [head, ...rest] = parts;
      if (head === 'root')
        return { shape: resolve(this.root.shape, rest), actual: resolve(this.root.actual, rest) };
      const loopVariable = ['index', 'key', 'first', 'last'].includes(head ?? '') && rest.length === 0;
      return { shape: loopVariable && eachDepth > 0 ? 0 : undefined, actual: UNKNOWABLE };
    }
    const base = scopes[node.depth] ?? { shape: undefined, actual: undefined };
    return { shape: resolve(base.shape, parts), actual: resolve(base.actual, parts) };
  }
}

function elementShape(shape: unknown): unknown {
  if (Array.isArray(shape)) return shape[0];
  // Iterating an object: its values have no single shape we can vouch for.
  return shape !== null && typeof shape === 'object' ? UNKNOWABLE : undefined;
}
