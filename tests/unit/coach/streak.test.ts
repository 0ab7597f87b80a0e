import { describe, expect, it } from 'vitest';
import { streak } from '../../../src/coach/streak';

describe('streak', () => {
  it('counts today once something is done today', () => {
    expect(streak(['2026-11-20', '2026-11-21', '2026-11-22'], '2026-11-22')).toEqual({
      current: 3,
      best: 3,
      doneToday: true,
    });
  });

  it('is not broken until today ends: yesterday’s run still stands in the morning', () => {
    expect(streak(['2026-11-20', '2026-11-21'], '2026-11-22')).toEqual({
      current: 2,
      best: 2,
      doneToday: false,
    });
  });

  it('is broken by a whole day without outreach', () => {
    expect(streak(['2026-11-19', '2026-11-20'], '2026-11-22').current).toBe(0);
  });

  it('remembers the best run and counts several actions on one day once', () => {
    const days = ['2026-10-01', '2026-10-02', '2026-10-02', '2026-10-03', '2026-10-04', '2026-11-22'];
    expect(streak(days, '2026-11-22')).toEqual({ current: 1, best: 4, doneToday: true });
  });

  it('runs across month and year ends, and ignores days after today', () => {
    expect(streak(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-05'], '2027-01-01')).toEqual({
      current: 3,
      best: 3,
      doneToday: true,
    });
  });

  it('is zero with no actions', () => {
    expect(streak([], '2026-11-22')).toEqual({ current: 0, best: 0, doneToday: false });
  });
});
