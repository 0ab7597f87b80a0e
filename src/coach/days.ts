// Local calendar days. A streak, "today's actions" and a deadline are about the user's own
// calendar, not UTC: a 23:30 message in Berlin belongs to that evening, not to tomorrow.
// Day arithmetic is done on the Y-M-D numbers through Date.UTC, never by dividing
// milliseconds, because a local day is 23 or 25 hours long twice a year.

import { addDays as addLocalDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import { isCalendarDay } from '../model/calendar-day';
import type { DayKey } from '../model/vocabulary';

const MS_PER_DAY = 86_400_000;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function format(y: number, m: number, d: number): DayKey {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** A real calendar day written `YYYY-MM-DD` (so `2026-02-30` is not); the schemas' own rule. */
export const isValidDay: (value: unknown) => value is DayKey = isCalendarDay;

/** Milliseconds of UTC midnight of the day: a time-zone-free handle for arithmetic. */
function utcMs(day: DayKey): number {
  if (!isValidDay(day)) throw new RangeError(`Not a calendar day: ${JSON.stringify(day)}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): DayKey {
  const date = new Date(ms);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The user's local calendar day of a timestamp (the runtime's time zone). */
export function dayKey(ms: number): DayKey {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a timestamp: ${ms}`);
  return format(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function addDays(day: DayKey, n: number): DayKey {
  if (!Number.isInteger(n)) throw new RangeError(`Whole days only: ${n}`);
  return fromUtcMs(utcMs(day) + n * MS_PER_DAY);
}

/** Calendar days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: DayKey, b: DayKey): number {
  // Both are UTC midnights, so the difference is an exact multiple of a day.
  return Math.round((utcMs(b) - utcMs(a)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekday(day: DayKey): Weekday {
  return new Date(utcMs(day)).getUTCDay() as Weekday;
}

/** The first day of the week holding `day`; weeks start on Monday unless told otherwise. */
export function weekStart(day: DayKey, weekStartsOn: Weekday = 1): DayKey {
  return addDays(day, -((weekday(day) - weekStartsOn + 7) % 7));
}

/** Whole years (fractional) between two days, for "more than about a year ago" rules. */
export function yearsBetween(a: DayKey, b: DayKey): number {
  return daysBetween(a, b) / 365.25;
}

/**
 * Time until the next local midnight, for the day-rollover alarm. date-fns steps the local
 * calendar, so a 23- or 25-hour day comes out right; where a zone skips midnight itself
 * (a DST change at 00:00) the day starts at the first instant that exists.
 */
export function msUntilNextLocalMidnight(ms: number): number {
  const now = new Date(ms);
  if (Number.isNaN(now.getTime())) throw new RangeError(`Not a timestamp: ${ms}`);
  return startOfDay(addLocalDays(now, 1)).getTime() - ms;
}

const isWeekend = (day: DayKey): boolean => {
  const w = weekday(day);
  return w === 0 || w === 6;
};

/**
 * Business days (Monday to Friday) after `a` up to and including `b`: sent on a Friday, the
 * next Monday is one business day later. Zero or less when `b` is not after `a`.
 */
export function businessDaysBetween(a: DayKey, b: DayKey): number {
  const days = daysBetween(a, b);
  if (days <= 0) return days;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let i = weeks * 7 + 1; i <= days; i++) if (!isWeekend(addDays(a, i))) count++;
  return count;
}

/** The day `n` business days after `day` (weekends skipped): when a follow-up becomes due. */
export function addBusinessDays(day: DayKey, n: number): DayKey {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Whole business days only: ${n}`);
  let out = day;
  for (let left = n; left > 0; ) {
    out = addDays(out, 1);
    if (!isWeekend(out)) left--;
  }
  return out;
}

/** Years since the last contact, or since connecting when never contacted; null if unknown. */
export function yearsSinceContact(
  contact: { lastContactedOn: DayKey | null; connectedOn: DayKey | null },
  today: DayKey,
): number | null {
  const since = contact.lastContactedOn ?? contact.connectedOn;
  return since === null ? null : yearsBetween(since, today);
}
