// One error type for everything that stops a template: syntax, unsupported features, limits.
// It carries a code and its parameters (words in locales/<lang>/errors.json, chosen by whoever
// shows it) and a place: line and column are 1-based so the editor points at the spot as a
// person counts.
import { CoachError, type ErrorCode, type ParamsOf, type Problem } from '../model';

export type TemplateCode = Extract<ErrorCode, `template${string}`>;

export class TemplateError extends CoachError<TemplateCode> {
  override name = 'TemplateError';
  readonly line: number;
  readonly column: number;

  constructor(found: Problem<TemplateCode>, line: number, column: number) {
    super(found);
    this.message = `${inEnglish(found)} at line ${line}, column ${column}`;
    this.line = line;
    this.column = column;
  }
}

type EnglishOf = { [C in TemplateCode]: (params: Record<string, string>) => string };

/**
 * The message of a TemplateError, in English: what logs and the popup's composer show until the
 * composer words the code itself (src/compose/render.ts passes it on as `problem`). The editor
 * words every code in the UI language (locales/<lang>/errors.json, which a test holds these to).
 */
const ENGLISH: EnglishOf = {
  templateTooLong: () => 'The template is too long',
  templateTooMuchWork: () => 'The template does too much work',
  templateMessageTooLong: () => 'The message is too long',
  templateNotRendered: () => 'The template could not be rendered',
  templateNotChecked: () => 'The template could not be checked',
  templateNestedTooDeeply: () => 'The template is nested too deeply',
  templateHelpersTooDeep: () => 'Helpers are nested too deeply',
  templateChainTooLong: ({ max }) => `More than ${max} {{else if}} in one chain`,
  templateUnknownHelper: ({ name }) => `There is no helper called “${name}”`,
  templateLiterals: () => 'Array and object literals are not supported',
  templateBlockParams: () => 'Block parameters (as |x|) are not supported',
  templatePartials: () => 'Partials ({{> name}}) are not supported',
  templateDecorators: () => 'Decorators ({{* name}}) are not supported',
  templateBlockOnly: ({ name }) => `{{${name}}} only works as a block: {{#${name} …}}…{{/${name}}}`,
  templateNotBlockHelper: ({ name }) => `{{${name}}} is not a block helper; use if, unless, each or with`,
  templateUnknownBlock: ({ name }) => `Unknown block {{#${name}}}; use if, unless, each or with`,
  templateOneValue: ({ name }) => `{{#${name}}} needs exactly one value`,
  templateUnsupported: ({ text }) => `“${text}” is syntax this template language does not support`,
  templateCloseMismatch: ({ open, close }) => `{{/${close}}} does not close {{#${open}}}`,
  templateExpected: ({ token }) => `“${token}” expected here`,
  templateExpectedClosing: () => 'A closing {{/…}} is expected here',
  templateExpectedName: () => 'A name is expected here',
  templateUnexpected: ({ token }) => `“${token}” is not expected here`,
  templateUnexpectedName: () => 'A name is not expected here',
  templateUnexpectedEnd: () => 'The template ends too early',
  templateUnrecognized: ({ text }) => `Unrecognized text “${text}”`,
  templateInvalid: () => 'This is not valid template syntax',
};

export function inEnglish(found: Problem<TemplateCode>): string {
  const params = Object.fromEntries(Object.entries(found.params).map(([k, v]) => [k, String(v)]));
  return ENGLISH[found.code](params);
}

/** A template problem with its words' parameters: `templateProblem('templateUnknownHelper', { name })`. */
export function templateProblem<C extends TemplateCode>(code: C, params?: ParamsOf<C>): Problem<C> {
  return { code, params: params ?? {} } as Problem<C>;
}

/** Where a node starts, 1-based (the parser counts columns from 0). */
export function errorAt(
  found: Problem<TemplateCode>,
  loc: { start: { line: number; column: number } } | undefined,
) {
  return new TemplateError(found, loc?.start.line ?? 1, (loc?.start.column ?? 0) + 1);
}

/** What the parser names a token by; the words around it are the editor's. */
const TOKEN_TEXT: Record<string, string> = {
  CLOSE: '}}',
  CLOSE_UNESCAPED: '}}}',
  CLOSE_SEXPR: ')',
  CLOSE_RAW_BLOCK: '}}}}',
};

interface JisonHash {
  text?: string;
  token?: string | null;
  line?: number;
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  expected?: string[];
}

/** Turns whatever the parser threw into a TemplateError a person can act on. */
export function fromParserError(error: unknown): TemplateError {
  if (error instanceof TemplateError) return error;
  if (!(error instanceof Error)) return new TemplateError(templateProblem('templateInvalid'), 1, 1);
  const withLoc = error as Error & { lineNumber?: number; column?: number; hash?: JisonHash };
  if (typeof withLoc.lineNumber === 'number') {
    // Handlebars' own Exception ("if doesn't match each - 2:5"): the mismatch is the one a
    // person makes; anything else it says is named only as invalid syntax.
    const mismatch = /^(\S+) doesn't match (\S+)/.exec(error.message);
    const found = mismatch
      ? templateProblem('templateCloseMismatch', { open: mismatch[1] ?? '', close: mismatch[2] ?? '' })
      : templateProblem('templateInvalid');
    return new TemplateError(found, withLoc.lineNumber, (withLoc.column ?? 0) + 1);
  }
  const hash = withLoc.hash;
  if (hash) {
    // Jison reports the last good token; its end is where the unexpected text begins.
    const line = hash.loc?.last_line ?? (hash.line ?? 0) + 1;
    const column = (hash.loc?.last_column ?? 0) + 1;
    return new TemplateError(describeExpected(hash), line, column);
  }
  return new TemplateError(templateProblem('templateInvalid'), 1, 1);
}

function describeExpected(hash: JisonHash): Problem<TemplateCode> {
  const expected = (hash.expected ?? []).map((name) => name.replace(/'/g, ''));
  if (!hash.token) return templateProblem('templateUnrecognized', { text: hash.text ?? '' });
  for (const closer of ['CLOSE', 'CLOSE_UNESCAPED', 'CLOSE_SEXPR']) {
    if (expected.includes(closer))
      return templateProblem('templateExpected', { token: TOKEN_TEXT[closer] ?? '' });
  }
  if (expected.includes('OPEN_ENDBLOCK')) return templateProblem('templateExpectedClosing');
  if (hash.token === 'EOF') return templateProblem('templateUnexpectedEnd');
  if (expected.includes('ID')) return templateProblem('templateExpectedName');
  if (hash.token === 'ID') return templateProblem('templateUnexpectedName');
  const shown = TOKEN_TEXT[hash.token] ?? hash.text ?? hash.token;
  return hash.token === 'INVALID'
    ? templateProblem('templateUnrecognized', { text: hash.text ?? '' })
    : templateProblem('templateUnexpected', { token: shown });
}
