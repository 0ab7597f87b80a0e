// Reads LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data). The
// file starts with a "Notes:" preamble about missing emails (it may hold commas and quotes)
// and a blank line before the header; older exports have no URL column. Errors carry the
// file's 1-based physical line, counting the preamble and lines inside quoted fields, so a
// user can find the line in a text editor.
//
// Decisions: a row with a bad date is imported without the date, plus an error for its line
// (a name and profile are worth more than the date); a row with the wrong number of fields or
// broken quoting is skipped with an error; an empty email becomes null, company and position
// stay text ('' when empty), as the export's shape has them.

import Papa from 'papaparse';
import type { DayKey } from '../model';
import { parseConnectionDate } from './connection-date';
import { canonicalProfileUrl } from './profile-url';

export interface LinkedInConnection {
  firstName: string;
  lastName: string;
  profileUrl: string | null;
  email: string | null;
  company: string;
  position: string;
  connectedOn: DayKey | null;
}

/** A connection with the physical line its row starts on (for messages and tests). */
export interface NumberedConnection extends LinkedInConnection {
  line: number;
}

export interface ImportError {
  line: number;
  message: string;
}

export interface ConnectionsImport {
  connections: LinkedInConnection[];
  errors: ImportError[];
}

interface NumberedImport {
  connections: NumberedConnection[];
  errors: ImportError[];
}

type Column = 'firstName' | 'lastName' | 'url' | 'email' | 'company' | 'position' | 'connectedOn';

const COLUMN_NAMES: Readonly<Record<string, Column>> = {
  'first name': 'firstName',
  'last name': 'lastName',
  url: 'url',
  'email address': 'email',
  company: 'company',
  position: 'position',
  'connected on': 'connectedOn',
};

/** The preamble is a few lines; a header further down than this is not LinkedIn's file. */
const MAX_HEADER_LINE = 100;
/** Each unterminated quote restarts the parse after it; past this the file is too broken. */
const MAX_RESTARTS = 50;

export const NOT_AN_EXPORT =
  'This is not a LinkedIn Connections export: no "First Name, Last Name, …, Connected On" header was found. ' +
  'Download it from LinkedIn: Settings → Data privacy → Get a copy of your data → Connections.';

/** The error messages, so the dashboard can pass them in the user's language. */
export interface ImportWords {
  notAnExport: string;
  empty: string;
  binary: string;
  noNameNoUrl: string;
  badDate: (text: string) => string;
  tooManyBroken: string;
  brokenQuotes: string;
  wrongWidth: (expected: number, found: number) => string;
}

export const ENGLISH: ImportWords = {
  notAnExport: NOT_AN_EXPORT,
  empty: 'The file is empty.',
  binary: `${NOT_AN_EXPORT} (It looks like a binary file.)`,
  noNameNoUrl: 'No name and no profile URL: row skipped.',
  badDate: (text) => `Unrecognised date "${text}" in Connected On: imported without a date.`,
  tooManyBroken: 'Too many lines with broken quotes: the rest of the file was not read.',
  brokenQuotes: 'Broken quotes: line skipped.',
  wrongWidth: (expected, found) => `Expected ${expected} fields, found ${found}: row skipped.`,
};

interface Header {
  line: number;
  /** Offset of the first character after the header line. */
  bodyOffset: number;
  width: number;
  index: Partial<Record<Column, number>>;
}

function findHeader(text: string): Header | null {
  let start = 0;
  for (let line = 1; line <= MAX_HEADER_LINE && start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const raw = text.slice(start, end === -1 ? text.length : end);
    const names = raw.split(',').map((f) => f.replace(/"/g, '').trim().toLowerCase());
    if (names.includes('first name') && names.includes('last name') && names.includes('connected on')) {
      const index: Partial<Record<Column, number>> = {};
      names.forEach((name, i) => {
        const column = COLUMN_NAMES[name];
        if (column && index[column] === undefined) index[column] = i;
      });
      return { line, bodyOffset: end === -1 ? text.length : end + 1, width: names.length, index };
    }
    if (end === -1) break;
    start = end + 1;
  }
  return null;
}

function toConnection(
  fields: string[],
  header: Header,
  line: number,
  errors: ImportError[],
  words: ImportWords,
): NumberedConnection | null {
  const get = (column: Column): string => {
    const i = header.index[column];
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  const orNull = (value: string): string | null => (value === '' ? null : value);
  const firstName = get('firstName');
  const lastName = get('lastName');
  const url = get('url');
  if (firstName === '' && lastName === '' && url === '') {
    errors.push({ line, message: words.noNameNoUrl });
    return null;
  }
  const dateText = get('connectedOn');
  const connectedOn = dateText === '' ? null : parseConnectionDate(dateText);
  if (dateText !== '' && connectedOn === null) {
    errors.push({
      line,
      message: words.badDate(dateText),
    });
  }
  return {
    firstName,
    lastName,
    profileUrl: canonicalProfileUrl(url),
    email: orNull(get('email')),
    company: get('company'),
    position: get('position'),
    connectedOn,
    line,
  };
}

/** Counts '\n' in text[from, to): how many physical lines a stretch spans. */
function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function parseBody(body: string, firstLine: number, header: Header, words: ImportWords): NumberedImport {
  const connections: NumberedConnection[] = [];
  const errors: ImportError[] = [];
  let offset = 0; // where the current parse pass starts within body
  let lineAtOffset = firstLine;
  for (let pass = 0; offset < body.length; pass++) {
    if (pass > MAX_RESTARTS) {
      errors.push({
        line: lineAtOffset,
        message: words.tooManyBroken,
      });
      break;
    }
    const chunk = body.slice(offset);
    let rowStart = 0;
    let line = lineAtOffset;
    let restartAt: number | null = null;
    Papa.parse<string[]>(chunk, {
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      step: (result, parser) => {
        const fields = result.data;
        const thisLine = line;
        const end = result.meta.cursor;
        line += newlines(chunk, rowStart, end);
        const start = rowStart;
        rowStart = end;
        if (result.errors.length > 0) {
          // Broken quoting. If the row ran on over later lines (an unterminated quote swallows
          // them), those lines are real rows: skip only this line and parse again after it.
          errors.push({ line: thisLine, message: words.brokenQuotes });
          if (line - thisLine > 1) {
            const next = chunk.indexOf('\n', start);
            restartAt = next === -1 ? body.length : offset + next + 1;
            parser.abort();
          }
          return;
        }
        if (fields.length === 1 && (fields[0] ?? '').trim() === '') return; // blank line
        const width = fields.findLastIndex((f) => f.trim() !== '') + 1;
        if (fields.length !== header.width && !(fields.length > header.width && width <= header.width)) {
          errors.push({
            line: thisLine,
            message: words.wrongWidth(header.width, fields.length),
          });
          return;
        }
        const connection = toConnection(fields, header, thisLine, errors, words);
        if (connection) connections.push(connection);
      },
    });
    if (restartAt === null) break;
    lineAtOffset = firstLine + newlines(body, 0, restartAt);
    offset = restartAt;
  }
  return { connections, errors };
}

/** Parses the text of a Connections.csv; never throws on bad input. */
export function parseLinkedInConnections(text: string, words: ImportWords = ENGLISH): ConnectionsImport {
  const { connections, errors } = parseNumberedConnections(text, words);
  return { connections: connections.map(({ line: _line, ...connection }) => connection), errors };
}

/** The same, each connection with the physical line its row starts on. */
export function parseNumberedConnections(text: string, words: ImportWords = ENGLISH): NumberedImport {
  const notAnExport = (message = words.notAnExport): NumberedImport => ({
    connections: [],
    errors: [{ line: 1, message }],
  });
  if (typeof text !== 'string' || text.trim().replace(/^\uFEFF/, '') === '') return notAnExport(words.empty);
  if (text.includes('\u0000')) return notAnExport(words.binary);
  // One newline convention: "\r\n" and a lone "\r" both end a physical line.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const header = findHeader(normalised);
  if (!header) return notAnExport();
  return parseBody(normalised.slice(header.bodyOffset), header.line + 1, header, words);
}
