// CSV for the user's own exports (contacts, outreach log). Papa's unparse does the quoting;
// `escapeFormulae` guards against CSV injection: a cell starting with = + - @ (or tab/CR)
// is a formula to Excel, LibreOffice and Sheets, and names, headlines and notes come from
// other people's LinkedIn profiles — `=HYPERLINK(…)` in a headline must stay text. Such a
// cell gets a leading single quote (OWASP's advice); numbers are left as they are.

import Papa from 'papaparse';

export type CsvCell = string | number | null;

/** Rows as CSV with a header row, CRLF line ends (RFC 4180, what Excel expects). */
export function toCsv(rows: Record<string, CsvCell>[], columns: string[]): string {
  return Papa.unparse(
    {
      fields: columns,
      data: rows.map((row) => columns.map((column) => row[column] ?? '')),
    },
    { newline: '\r\n', escapeFormulae: true },
  );
}
