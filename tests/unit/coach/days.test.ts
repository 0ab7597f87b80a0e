import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayKey,
  daysBetween,
  isValidDay,
  msUntilNextLocalMidnight,
  weekday,
  weekStart,
} from '../../../src/coach/days';

describe('calendar days', () => {
  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2026-13-01')).toBe(false);
    expect(isValidDay('2026-1-01')).toBe(false);
    expect(isValidDay(' 2026-01-01')).toBe(false);
    expect(isValidDay(20260101)).toBe(false);
    expect(isValidDay('2026-04-31')).toBe(false);
    expect(isValidDay('2026-00-10')).toBe(false);
    expect(isValidDay('2026-01-00')).toBe(false);
    expect(isValidDay('2000-02-29')).toBe(true);
    expect(isValidDay('2100-02-29')).toBe(false);
    // A year before 1000 is a typo (0226 for 2026), and Date.UTC would read 0–99 as 19xx.
    expect(isValidDay('0226-03-01')).toBe(false);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-05-05', 0)).toBe('2026-05-05');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('counts calendar days, positive when the second day is later', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-30', '2026-10-24')).toBe(-6);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('starts weeks on Monday by default, or on Sunday when asked', () => {
    expect(weekday('2026-11-22')).toBe(0); // a Sunday
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
    expect(weekStart('2026-11-22', 0)).toBe('2026-11-22');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('rejects nonsense rather than compute with it', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-01', 0.5)).toThrow(RangeError);
    expect(() => dayKey(Number.NaN)).toThrow(RangeError);
    expect(() => msUntilNextLocalMidnight(Number.NaN)).toThrow(RangeError);
  });

  it('gives the local day of a timestamp and the time to the next midnight', () => {
    const lateEvening = new Date(2026, 10, 22, 23, 59, 59, 999).getTime();
    expect(dayKey(lateEvening)).toBe('2026-11-22');
    expect(dayKey(lateEvening + 1)).toBe('2026-11-23');
    expect(msUntilNextLocalMidnight(lateEvening)).toBe(1);
    expect(msUntilNextLocalMidnight(lateEvening + 1)).toBe(86_400_000);
  });
});
