// What the editor lists under a template while the user types, from checkTemplate: syntax errors
// and unknown variables (errors: saving is refused) and variables that are empty for the preview
// person (hints: the message may read "Hi ,"). Pure; the view words them.
import type { Problem } from '../../model';
import type { TemplateCheck } from '../../templates/render';

export type ProblemKind = 'syntax' | 'unknown' | 'empty';

interface Place {
  line: number;
  column: number;
}
export type EditorProblem =
  /** What the template checker found, as a code for the view to word. */
  | (Place & { kind: 'syntax'; problem: Problem })
  /** A variable by its path. */
  | (Place & { kind: 'unknown' | 'empty'; path: string });

export function editorProblems(check: TemplateCheck): EditorProblem[] {
  const problems: EditorProblem[] = check.errors.map((error) => ({
    kind: 'syntax',
    line: error.line,
    column: error.column,
    problem: error.problem,
  }));
  const hinted = new Set<string>();
  for (const variable of check.variables) {
    if (!variable.known) {
      problems.push({ kind: 'unknown', line: variable.line, column: variable.column, path: variable.path });
    } else if (variable.empty && !hinted.has(variable.path)) {
      // One hint per variable is enough: it is the same gap wherever it is used.
      hinted.add(variable.path);
      problems.push({ kind: 'empty', line: variable.line, column: variable.column, path: variable.path });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

export function isError(problem: EditorProblem): boolean {
  return problem.kind !== 'empty';
}

/** The string offset of a 1-based line and column, clamped to the text. */
export function offsetAt(source: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = source.indexOf('\n', offset);
    if (next === -1) return source.length;
    offset = next + 1;
  }
  const lineEnd = source.indexOf('\n', offset);
  const end = lineEnd === -1 ? source.length : lineEnd;
  return Math.min(offset + Math.max(column - 1, 0), end);
}

/** Replaces the selection [start, end) with a snippet; the caret lands `caret` chars into it. */
export function insertAt(
  value: string,
  start: number,
  end: number,
  snippet: string,
  caret: number = snippet.length,
): { value: string; cursor: number } {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  return { value: value.slice(0, from) + snippet + value.slice(to), cursor: from + caret };
}
