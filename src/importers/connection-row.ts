// One row of Connections.csv made into what the background accepts. The limits are the
// protocol's (CONNECTION_ROW_LIMITS, the ones ConnectionRowSchema is built from), applied per
// field with a note for the row's line: a text too long is cut, an email address too long or a
// link that is no profile is left out, and the row is imported either way. So a row the preview
// accepts is a row the import accepts.
import { CONNECTION_ROW_LIMITS, type DayKey, isProfileUrl } from '../model';
import { parseConnectionDate } from './connection-date';
import type { ImportWords } from './connection-words';
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

export type Column = 'firstName' | 'lastName' | 'url' | 'email' | 'company' | 'position' | 'connectedOn';

/** Where each column is, and its name as the file's header writes it. */
export interface Columns {
  index: Partial<Record<Column, number>>;
  label: Partial<Record<Column, string>>;
}

const ENGLISH_LABEL: Record<Column, string> = {
  firstName: 'First Name',
  lastName: 'Last Name',
  url: 'URL',
  email: 'Email Address',
  company: 'Company',
  position: 'Position',
  connectedOn: 'Connected On',
};

/** How much of a bad link a note quotes. */
const QUOTED = 60;

/** At most `max` UTF-16 units (what the schema counts), ending in "…", never half an emoji. */
function cut(text: string, max: number): string {
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

export function toConnection(
  fields: string[],
  columns: Columns,
  line: number,
  errors: ImportError[],
  words: ImportWords,
): NumberedConnection | null {
  const get = (column: Column): string => {
    const i = columns.index[column];
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  const label = (column: Column) => columns.label[column] ?? ENGLISH_LABEL[column];
  const note = (message: string) => errors.push({ line, message });
  const within = (column: keyof typeof CONNECTION_ROW_LIMITS): string => {
    const value = get(column);
    const max = CONNECTION_ROW_LIMITS[column];
    if (value.length <= max) return value;
    note(words.shortened(label(column), max));
    return cut(value, max);
  };

  const url = get('url');
  const canonical = canonicalProfileUrl(url);
  const profileUrl = canonical !== null && isProfileUrl(canonical) ? canonical : null;
  const firstName = within('firstName');
  const lastName = within('lastName');
  if (firstName === '' && lastName === '' && profileUrl === null) {
    note(words.noNameNoUrl);
    return null;
  }
  if (url !== '' && profileUrl === null) note(words.badUrl(url.length > QUOTED ? cut(url, QUOTED) : url));

  let email: string | null = get('email') || null;
  if (email !== null && email.length > CONNECTION_ROW_LIMITS.email) {
    note(words.tooLong(label('email'), CONNECTION_ROW_LIMITS.email));
    email = null;
  }
  const company = within('company');
  const position = within('position');

  const dateText = get('connectedOn');
  const connectedOn = dateText === '' ? null : parseConnectionDate(dateText);
  if (dateText !== '' && connectedOn === null) note(words.badDate(dateText));
  return { firstName, lastName, profileUrl, email, company, position, connectedOn, line };
}
