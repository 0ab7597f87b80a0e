// Calendar days written `YYYY-MM-DD`, without valibot: the content script words days on every
// LinkedIn page and must not carry the record schemas (model/fields.ts) to do it.
import type { DayKey } from './vocabulary';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Years before 1000 are typos (0226 for 2026), and Date.UTC would read 0–99 as 19xx.
const FIRST_YEAR = 1000;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** 28 to 31. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** A real calendar day written `YYYY-MM-DD`: `2028-02-29` is one, `2026-02-30` is not. */
export function isCalendarDay(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return y >= FIRST_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * The nearest real day to one written by a version that checked only the digits: the month
 * and the day are clamped (`2026-02-30` → `2026-02-28`, `2026-13-05` → `2026-12-05`).
 * Null when there is no day to read in it.
 */
export function repairDay(value: unknown): DayKey | null {
  if (isCalendarDay(value)) return value;
  const match = typeof value === 'string' ? DAY_PATTERN.exec(value) : null;
  if (!match) return null;
  const y = Number(match[1]);
  if (y < FIRST_YEAR) return null;
  const m = Math.min(12, Math.max(1, Number(match[2])));
  const d = Math.min(daysInMonth(y, m), Math.max(1, Number(match[3])));
  return `${match[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** What a refused day is told, after the field's name. */
export const NOT_A_DAY = 'not a real calendar day (like 2026-03-01)';
