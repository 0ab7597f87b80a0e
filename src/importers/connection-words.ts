// What the Connections.csv reader says, so the dashboard can pass its words in the user's
// language; English when it does not. Column names are quoted as the file's header writes them.

export const NOT_AN_EXPORT =
  'This is not a LinkedIn Connections export: no "First Name, Last Name, …, Connected On" header was found. ' +
  'Download it from LinkedIn: Settings → Data privacy → Get a copy of your data → Connections.';

export interface ImportWords {
  notAnExport: string;
  /** The file has no export header, and its fields are separated by semicolons. */
  semicolons: string;
  empty: string;
  binary: string;
  noNameNoUrl: string;
  badDate: (text: string) => string;
  tooManyBroken: string;
  brokenQuotes: string;
  wrongWidth: (expected: number, found: number) => string;
  /** A text longer than the extension keeps, cut to fit; the row is imported. */
  shortened: (column: string, max: number) => string;
  /** A value that would be wrong if cut (an email address), left out; the row is imported. */
  tooLong: (column: string, max: number) => string;
  /** A link that is not a LinkedIn profile, left out; the row is imported. */
  badUrl: (text: string) => string;
}

export const ENGLISH: ImportWords = {
  notAnExport: NOT_AN_EXPORT,
  semicolons:
    "This file uses semicolons between fields; LinkedIn's export uses commas. " +
    'Export it again from LinkedIn, or save it as comma-separated CSV.',
  empty: 'The file is empty.',
  binary: `${NOT_AN_EXPORT} (It looks like a binary file.)`,
  noNameNoUrl: 'No name and no profile URL: row skipped.',
  badDate: (text) => `Unrecognised date "${text}" in Connected On: imported without a date.`,
  tooManyBroken: 'Too many lines with broken quotes: the rest of the file was not read.',
  brokenQuotes: 'Broken quotes: line skipped.',
  wrongWidth: (expected, found) => `Expected ${expected} fields, found ${found}: row skipped.`,
  shortened: (column, max) => `${column} shortened to ${max} characters.`,
  tooLong: (column, max) => `${column} is longer than ${max} characters: imported without it.`,
  badUrl: (text) => `"${text}" in URL is not a LinkedIn profile link: imported without it.`,
};
