// Errors a person may see, as stable codes with parameters. Pure code throws a CoachError (or
// returns a Problem) and words nothing; each context words it once, in the user's language:
// the background's router through the browser's i18n API, the dashboard through t(). The words
// are `error_<code>` in locales/*/errors.json, the parameters their placeholders in this order.
import type * as v from 'valibot';
import { NOT_A_DAY } from './calendar-day';
import { numberFormat } from './intl';

export const ERRORS = {
  // The database
  contactGone: [],
  outreachGone: [],
  outreachRemoved: [],
  contactNotSaved: [],
  mergeSelf: [],
  mergeNotesTooLong: ['max'],
  // The router
  storageFull: [],
  alreadyExists: [],
  unexpectedSender: [],
  requestUnknown: [],
  requestNotAllowed: [],
  unexpected: ['detail'],
  // A value refused by a schema, naming the field (`field_<name>` words, else the name itself)
  fieldMissing: ['field'],
  fieldEmpty: ['field'],
  fieldTooLong: ['field', 'max'],
  fieldTooShort: ['field', 'min'],
  fieldTooMany: ['field', 'max'],
  fieldTooSmall: ['field', 'min'],
  fieldTooLarge: ['field', 'max'],
  fieldNotWhole: ['field'],
  fieldNotDay: ['field'],
  fieldNotProfile: ['field'],
  fieldNotChoice: ['field'],
  fieldInvalid: ['field'],
  // A backup file
  backupNotOurs: [],
  backupNoVersion: [],
  backupNewer: ['version'],
  backupUnknownVersion: ['version'],
  backupMissingPart: ['part', 'key'],
  backupDamaged: ['where', 'detail'],
  // A template (the editor shows the line and column beside the words)
  templateTooLong: [],
  templateTooMuchWork: [],
  templateMessageTooLong: [],
  templateNotRendered: [],
  templateNotChecked: [],
  templateNestedTooDeeply: [],
  templateHelpersTooDeep: [],
  templateChainTooLong: ['max'],
  templateUnknownHelper: ['name'],
  templateLiterals: [],
  templateBlockParams: [],
  templatePartials: [],
  templateDecorators: [],
  templateBlockOnly: ['name'],
  templateNotBlockHelper: ['name'],
  templateUnknownBlock: ['name'],
  templateOneValue: ['name'],
  templateUnsupported: ['text'],
  templateCloseMismatch: ['open', 'close'],
  templateExpected: ['token'],
  templateExpectedClosing: [],
  templateExpectedName: [],
  templateUnexpected: ['token'],
  templateUnexpectedName: [],
  templateUnexpectedEnd: [],
  templateUnrecognized: ['text'],
  templateInvalid: [],
} as const satisfies Record<string, readonly string[]>;

export type ErrorCode = keyof typeof ERRORS;
export type ErrorParam = string | number | Problem;
export type ErrorParams = Readonly<Record<string, ErrorParam>>;
export type ParamsOf<C extends ErrorCode> = Readonly<Record<(typeof ERRORS)[C][number], ErrorParam>>;

/** What went wrong, before it is put into words: a code and its parameters. */
export type Problem<C extends ErrorCode = ErrorCode> = { [K in C]: { code: K; params: ParamsOf<K> } }[C];

export function problem<C extends ErrorCode>(code: C, ...[params]: ParamsIfAny<C>): Problem<C> {
  return { code, params: params ?? {} } as Problem<C>;
}
type ParamsIfAny<C extends ErrorCode> = (typeof ERRORS)[C] extends readonly [] ? [] : [ParamsOf<C>];

/** A developer's line for logs and tests: the code and its parameters, no words. */
export function problemLine({ code, params }: Problem): string {
  const shown = Object.entries(params as ErrorParams).map(
    ([name, value]) => `${name}=${typeof value === 'object' ? problemLine(value) : String(value)}`,
  );
  return shown.length ? `${code}(${shown.join(', ')})` : code;
}

/** Thrown by pure code and the database: `throw new CoachError(problem('contactGone'))`. */
export class CoachError<C extends ErrorCode = ErrorCode> extends Error {
  override name = 'CoachError';
  readonly code: C;
  readonly params: ParamsOf<C>;

  constructor(found: Problem<C>) {
    super(problemLine(found as Problem));
    this.code = found.code as C;
    this.params = found.params as ParamsOf<C>;
  }
}

/** The problem an error carries, when it is one of ours. */
export function problemOf(error: unknown): Problem | null {
  if (error instanceof CoachError) return { code: error.code, params: error.params } as Problem;
  return null;
}

/** The browser's i18n API, or a stand-in: '' for a key it does not know. */
export interface Words {
  message: (key: string, substitutions: string[]) => string;
  /** The UI language, for the numbers in the sentence. */
  locale: string;
}

/** Parameters that are names of things, worded from a list when the list has them. */
const WORD_LISTS: Record<string, string> = { field: 'field', part: 'backupPart' };

/** A problem in the user's words; a code without words stays readable as its developer's line. */
export function wordProblem(found: Problem, words: Words): string {
  const names: readonly string[] = ERRORS[found.code] ?? [];
  const params = found.params as ErrorParams;
  const substitutions = names.map((name) => {
    const value = params[name];
    if (value === undefined) return '';
    if (typeof value === 'object') return wordProblem(value, words);
    if (typeof value === 'number') return numberFormat(words.locale).format(value);
    const list = WORD_LISTS[name];
    return (list && words.message(`${list}_${value}`, [])) || value;
  });
  return words.message(`error_${found.code}`, substitutions) || problemLine(found);
}

/** How valibot's first issue reads as a field refusal. */
export function issueProblem(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((item) => item.key);
  const field = String([...keys].reverse().find((key) => typeof key === 'string') ?? '');
  const limit = Number(issue.requirement);
  if (issue.input === undefined && keys.length > 0) return problem('fieldMissing', { field });
  if (issue.message === NOT_A_DAY) return problem('fieldNotDay', { field });
  switch (issue.type) {
    case 'min_length':
      return limit <= 1 ? problem('fieldEmpty', { field }) : problem('fieldTooShort', { field, min: limit });
    case 'max_length':
      return Array.isArray(issue.input)
        ? problem('fieldTooMany', { field, max: limit })
        : problem('fieldTooLong', { field, max: limit });
    case 'min_value':
      return problem('fieldTooSmall', { field, min: limit });
    case 'max_value':
      return problem('fieldTooLarge', { field, max: limit });
    case 'integer':
      return problem('fieldNotWhole', { field });
    case 'regex':
      return problem('fieldNotProfile', { field });
    case 'picklist':
    case 'literal':
      return problem('fieldNotChoice', { field });
    default:
      return problem('fieldInvalid', { field });
  }
}

// The message of anything thrown: the background words its errors for the user already.
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
