// "Connected On" as LinkedIn writes it. Accepted, with why:
//   `14 Feb 2019`, `1 Jan 2026`, `14 February 2019` — the format of current exports;
//   `14-Feb-19`, `14 Feb 19` — two-digit years seen in older exports and after a spreadsheet
//     round-trip (read as 20xx: LinkedIn started in 2003);
//   `2019-02-14` — ISO, as a spreadsheet may save it;
//   `02/14/2019` — month first, as US-locale spreadsheets save it; read day first only when
//     the first number cannot be a month (`14/02/2019`); so `03/04/2019` is 4 March 2019;
//   `14.02.2019` — day first with dots, as German-locale spreadsheets save it (dots are never
//     month first).
// Anything else is rejected rather than guessed.

import { type DayKey, isCalendarDay } from '../model';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const DAY_MONTH_YEAR = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2}|\d{4})$/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;

/** The day in the one form every schema accepts, or null when the calendar has no such day. */
function day(y: number, m: number, d: number): DayKey | null {
  const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDay(key) ? key : null;
}

const fullYear = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** The calendar day, or null when the text is not a date in an accepted form. */
export function parseConnectionDate(text: string): DayKey | null {
  const value = text.trim();
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) {
    const month = MONTHS[(dmy[2] ?? '').toLowerCase()];
    return month ? day(fullYear(dmy[3] ?? ''), month, Number(dmy[1])) : null;
  }
  const iso = ISO.exec(value);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const slashed = SLASHED.exec(value);
  if (slashed) {
    const [a, b, y] = [Number(slashed[1]), Number(slashed[2]), fullYear(slashed[3] ?? '')];
    return a > 12 ? day(y, b, a) : day(y, a, b);
  }
  const dotted = DOTTED.exec(value);
  if (dotted) return day(fullYear(dotted[3] ?? ''), Number(dotted[2]), Number(dotted[1]));
  return null;
}
