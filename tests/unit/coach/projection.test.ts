import { describe, expect, it } from 'vitest';
import { ceilDiv, projectGoal } from '../../../src/coach/projection';

const base = { target: 50, held: 20, today: '2026-11-22', deadline: '2027-03-01', chatsPerWeek: 4 };

describe('projectGoal', () => {
  it('projects the finish date from the weekly pace and checks it against the deadline', () => {
    // 30 chats at 4 a week: ceil(210 / 4) = 53 days.
    expect(projectGoal(base)).toEqual({
      remaining: 30,
      done: false,
      finishDate: '2027-01-14',
      onTrack: true,
      daysLeft: 99,
      chatsPerWeekNeeded: 3, // ceil(210 / 99)
    });
  });

  it('finishes exactly on time when the arithmetic is exact (3 chats at 7 a week is 3 days)', () => {
    const p = projectGoal({ ...base, target: 3, held: 0, chatsPerWeek: 7, deadline: '2026-11-25' });
    expect(p.finishDate).toBe('2026-11-25');
    expect(p.onTrack).toBe(true);
    expect(p.chatsPerWeekNeeded).toBe(7);
  });

  it('is late by one day when the pace is one chat a week short', () => {
    const p = projectGoal({ ...base, target: 10, held: 0, chatsPerWeek: 5, deadline: '2026-12-04' });
    expect(p.finishDate).toBe('2026-12-06'); // ceil(70 / 5) = 14 days
    expect(p.onTrack).toBe(false);
    expect(p.chatsPerWeekNeeded).toBe(6); // ceil(70 / 12)
  });

  it('handles fractional paces without floating-point drift', () => {
    expect(projectGoal({ ...base, held: 47, chatsPerWeek: 1.5 }).finishDate).toBe('2026-12-06'); // 21 / 1.5 = 14
    expect(projectGoal({ ...base, held: 49, chatsPerWeek: 0.5 }).finishDate).toBe('2026-12-06'); // 7 / 0.5 = 14
    expect(projectGoal({ ...base, held: 47, chatsPerWeek: 2.1 }).finishDate).toBe('2026-12-02'); // 21 / 2.1 = 10
    expect(projectGoal({ ...base, held: 49, chatsPerWeek: 0.3 }).finishDate).toBe('2026-12-16'); // 7 / 0.3 = 23.3 → 24
  });

  it('is done today when nothing remains, needing no pace', () => {
    const p = projectGoal({ ...base, held: 55, chatsPerWeek: 0 });
    expect(p).toMatchObject({
      remaining: 0,
      done: true,
      finishDate: '2026-11-22',
      onTrack: true,
      chatsPerWeekNeeded: 0,
    });
  });

  it('has no finish date at a pace of zero, and is then not on track', () => {
    const p = projectGoal({ ...base, chatsPerWeek: 0 });
    expect(p.finishDate).toBeNull();
    expect(p.onTrack).toBe(false);
    expect(projectGoal({ ...base, chatsPerWeek: -2 }).finishDate).toBeNull();
    expect(projectGoal({ ...base, chatsPerWeek: Number.NaN }).finishDate).toBeNull();
  });

  it('needs no pace figure once the deadline is today or past', () => {
    expect(projectGoal({ ...base, deadline: '2026-11-22' })).toMatchObject({
      daysLeft: 0,
      chatsPerWeekNeeded: null,
    });
    expect(projectGoal({ ...base, deadline: '2026-11-01' })).toMatchObject({
      daysLeft: -21,
      chatsPerWeekNeeded: null,
      onTrack: false,
    });
  });

  it('rounds the needed pace up: one day left for one chat means 7 a week', () => {
    expect(projectGoal({ ...base, held: 49, deadline: '2026-11-23' }).chatsPerWeekNeeded).toBe(7);
  });
});

describe('ceilDiv', () => {
  it('is exact for whole numbers and tolerant of binary fractions', () => {
    expect(ceilDiv(21, 7)).toBe(3);
    expect(ceilDiv(22, 7)).toBe(4);
    expect(ceilDiv(0, 7)).toBe(0);
    expect(ceilDiv(3, 0.1)).toBe(30);
    expect(ceilDiv(0.3, 0.1)).toBe(3);
    expect(ceilDiv(1, 3)).toBe(1);
    expect(() => ceilDiv(1, 0)).toThrow(RangeError);
  });
});
