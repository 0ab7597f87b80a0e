// One error type for everything that stops a template: syntax, unsupported features, limits.
// Line and column are 1-based so the editor can point at the spot as a person counts.

export class TemplateError extends Error {
  override name = 'TemplateError';
  readonly reason: string;
  readonly line: number;
  readonly column: number;

  constructor(reason: string, line: number, column: number) {
    super(`${reason} at line ${line}, column ${column}`);
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/** Where a node starts, 1-based (the parser counts columns from 0). */
export function errorAt(reason: string, loc: { start: { line: number; column: number } } | undefined) {
  return new TemplateError(reason, loc?.start.line ?? 1, (loc?.start.column ?? 0) + 1);
}

const TOKEN_TEXT: Record<string, string> = {
  CLOSE: "'}}'",
  CLOSE_UNESCAPED: "'}}}'",
  CLOSE_SEXPR: "')'",
  CLOSE_RAW_BLOCK: "'}}}}'",
  OPEN_ENDBLOCK: 'a closing {{/…}}',
  ID: 'a name',
  EOF: 'the end of the template',
  INVALID: 'something unexpected',
};

interface JisonHash {
  text?: string;
  token?: string | null;
  line?: number;
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  expected?: string[];
}

/** Turns whatever the parser threw into a TemplateError with a message a person can act on. */
export function fromParserError(error: unknown): TemplateError {
  if (error instanceof TemplateError) return error;
  if (!(error instanceof Error)) return new TemplateError(String(error), 1, 1);
  const withLoc = error as Error & { lineNumber?: number; column?: number; hash?: JisonHash };
  if (typeof withLoc.lineNumber === 'number') {
    // Handlebars' own Exception ("if doesn't match each - 2:5"): drop the position suffix.
    const reason = error.message.replace(/ - \d+:\d+$/, '');
    const mismatch = /^(\S+) doesn't match (\S+)$/.exec(reason);
    const friendly = mismatch ? `{{/${mismatch[2]}}} does not close {{#${mismatch[1]}}}` : reason;
    return new TemplateError(friendly, withLoc.lineNumber, (withLoc.column ?? 0) + 1);
  }
  const hash = withLoc.hash;
  if (hash) {
    // Jison reports the last good token; its end is where the unexpected text begins.
    const line = hash.loc?.last_line ?? (hash.line ?? 0) + 1;
    const column = (hash.loc?.last_column ?? 0) + 1;
    return new TemplateError(describeExpected(hash), line, column);
  }
  return new TemplateError(error.message.split('\n')[0] ?? 'Invalid template', 1, 1);
}

function describeExpected(hash: JisonHash): string {
  const expected = (hash.expected ?? []).map((name) => name.replace(/'/g, ''));
  if (!hash.token) return `Unrecognized text '${hash.text ?? ''}'`;
  for (const closer of ['CLOSE', 'CLOSE_UNESCAPED', 'CLOSE_SEXPR', 'OPEN_ENDBLOCK']) {
    if (expected.includes(closer)) return `Expected ${TOKEN_TEXT[closer]}`;
  }
  if (hash.token === 'EOF') return 'Unexpected end of the template';
  if (expected.includes('ID')) return 'Expected a name';
  return `Unexpected ${TOKEN_TEXT[hash.token] ?? `'${hash.text ?? hash.token}'`}`;
}
