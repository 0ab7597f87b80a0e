import { describe, expect, it } from 'vitest';
import { heatmap, levelOf, levelRanges } from '../../../../src/dashboard/progress/heatmap';

// 2026-11-22 is a Sunday; weeks start on Monday.
const TODAY = '2026-11-22';

describe('activity heatmap', () => {
  it('lays out 16 weeks, Monday to Sunday, ending today', () => {
    const map = heatmap([], TODAY, 5);
    expect(map.from).toBe('2026-08-03');
    expect(map.cells).toHaveLength(16 * 7);
    expect(map.cells[0]).toMatchObject({ day: '2026-08-03', row: 0, col: 0 });
    expect(map.cells.at(-1)).toMatchObject({ day: TODAY, row: 6, col: 15 });
  });

  it('stops at today in the middle of a week', () => {
    const map = heatmap([], '2026-11-18', 5, 2);
    expect(map.cells.map((c) => c.day).at(-1)).toBe('2026-11-18');
    expect(map.cells).toHaveLength(7 + 3);
  });

  it('counts actions per day and sums weeks, ignoring days outside the window', () => {
    const map = heatmap(
      ['2026-11-20', '2026-11-20', '2026-11-20', '2026-11-16', '2026-01-01', '2026-12-01'],
      TODAY,
      5,
    );
    expect(map.cells.find((c) => c.day === '2026-11-20')).toMatchObject({ count: 3, level: 2, row: 4 });
    expect(map.total).toBe(4);
    expect(map.activeDays).toBe(2);
    expect(map.weeks.at(-1)).toEqual({ start: '2026-11-16', actions: 4, activeDays: 2 });
    expect(map.busiest).toEqual({ day: '2026-11-20', count: 3 });
  });

  it('labels the columns where a month begins', () => {
    const map = heatmap([], TODAY, 5);
    expect(map.months.map((m) => m.day)).toEqual(['2026-09-01', '2026-10-01', '2026-11-01']);
    expect(map.months[0]?.col).toBe(4);
  });

  it('shades by the daily target: none, under half, half or more, met', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => levelOf(n, 5))).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(levelOf(1, 0)).toBe(3);
    expect(levelRanges(5)).toEqual([
      { level: 0, min: 0, max: 0 },
      { level: 1, min: 1, max: 2 },
      { level: 2, min: 3, max: 4 },
      { level: 3, min: 5, max: null },
    ]);
    expect(levelRanges(1).map((r) => r.level)).toEqual([0, 3]);
    expect(levelRanges(2).map((r) => r.level)).toEqual([0, 2, 3]);
  });
});
