// Reads LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data). The
// file starts with a "Notes:" preamble about missing emails (it may hold commas and quotes)
// and a blank line before the header; older exports have no URL column. Errors carry the
// file's 1-based physical line, counting the preamble and lines inside quoted fields, so a
// user can find the line in a text editor.
//
// Decisions: a row with a bad date is imported without the date, plus an error for its line
// (a name and profile are worth more than the date); so is a row with a text past the protocol's
// limits, cut or left out (connection-row.ts); a row with the wrong number of fields or broken
// quoting is skipped with an error; an empty email becomes null, company and position stay text
// ('' when empty), as the export's shape has them. A file re-saved with semicolons or tabs
// between fields is read with them, as its header line shows.

import Papa from 'papaparse';
import {
  type Column,
  type Columns,
  type ImportError,
  type LinkedInConnection,
  type NumberedConnection,
  toConnection,
} from './connection-row';
import { ENGLISH, type ImportWords } from './connection-words';

export type { ImportError, LinkedInConnection, NumberedConnection } from './connection-row';
export { ENGLISH, type ImportWords, NOT_AN_EXPORT } from './connection-words';

export interface ConnectionsImport {
  connections: LinkedInConnection[];
  errors: ImportError[];
}

interface NumberedImport {
  connections: NumberedConnection[];
  errors: ImportError[];
}

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
/**
 * LinkedIn writes commas. A spreadsheet saving the file again in a European locale (Excel in
 * German, French…) writes semicolons, and "Unicode text" writes tabs: the header tells which.
 */
const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

interface Header extends Columns {
  line: number;
  /** Offset of the first character after the header line. */
  bodyOffset: number;
  width: number;
  delimiter: Delimiter;
}

function readHeader(raw: string, delimiter: Delimiter): (Columns & { width: number }) | null {
  const cells = raw.split(delimiter).map((f) => f.replace(/"/g, '').trim());
  const names = cells.map((cell) => cell.toLowerCase());
  if (!(names.includes('first name') && names.includes('last name') && names.includes('connected on')))
    return null;
  const index: Columns['index'] = {};
  const label: Columns['label'] = {};
  names.forEach((name, i) => {
    const column = COLUMN_NAMES[name];
    if (column && index[column] === undefined) {
      index[column] = i;
      label[column] = cells[i];
    }
  });
  return { index, label, width: names.length };
}

function findHeader(text: string): Header | null {
  let start = 0;
  for (let line = 1; line <= MAX_HEADER_LINE && start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const raw = text.slice(start, end === -1 ? text.length : end);
    for (const delimiter of DELIMITERS) {
      const header = readHeader(raw, delimiter);
      if (header) return { ...header, line, bodyOffset: end === -1 ? text.length : end + 1, delimiter };
    }
    if (end === -1) break;
    start = end + 1;
  }
  return null;
}

/** Most of the file's first lines have more semicolons than commas: a re-saved spreadsheet. */
function usesSemicolons(text: string): boolean {
  const lines = text.split('\n', MAX_HEADER_LINE).filter((line) => line.trim() !== '');
  const semicolon = lines.filter((line) => line.split(';').length > line.split(',').length).length;
  return semicolon > 0 && semicolon * 2 >= lines.length;
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
      delimiter: header.delimiter,
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
  if (!header) return notAnExport(usesSemicolons(normalised) ? words.semicolons : words.notAnExport);
  return parseBody(normalised.slice(header.bodyOffset), header.line + 1, header, words);
}
