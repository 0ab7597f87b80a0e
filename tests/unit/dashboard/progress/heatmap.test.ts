import { describe, expect, it } from 'vitest';
import { heatmap, levelOf, levelRanges } from '../../../../src/dashboard/progress/heatmap';

// 2026-11-22 is a Sunday; weeks start on Monday.
const TODAY = '2026-11-22';

describe('activity heatmap', () => {
  it('without a start, lays out 16 weeks, Monday to Sunday, ending today', () => {
    const map = heatmap([], TODAY, 5);
    expect(map.from).toBe('2026-08-03');
    expect(map.cells).toHaveLength(16 * 7);
    expect(map.cells[0]).toMatchObject({ day: '2026-08-03', row: 0, col: 0 });
    expect(map.cells.at(-1)).toMatchObject({ day: TODAY, row: 6, col: 15 });
  });

  it('stops at today in the middle of a week', () => {
    const map = heatmap([], '2026-11-18', 5, null, 2);
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

  it('labels the first column with its month and each column where a month begins', () => {
    const map = heatmap([], TODAY, 5);
    expect(map.months.map((m) => m.day)).toEqual(['2026-08-03', '2026-09-01', '2026-10-01', '2026-11-01']);
    expect(map.months.map((m) => m.col)).toEqual([0, 4, 8, 12]);
  });

  it('starts on the day the plan started, mid-week, with no empty weeks before it', () => {
    // Wednesday 28 October 2026.
    const map = heatmap(['2026-10-28', '2026-11-20'], TODAY, 5, '2026-10-28');
    expect(map.from).toBe('2026-10-28');
    expect(map.cells[0]).toMatchObject({ day: '2026-10-28', row: 2, col: 0 });
    expect(map.columns).toBe(4);
    expect(map.cells).toHaveLength(26);
    expect(map.total).toBe(2);
    // 1 November is in the first column: it carries "Nov", and no "Oct" crowds it.
    expect(map.months).toEqual([{ col: 0, day: '2026-11-01' }]);
    // Two columns before November: too narrow for "Oct" beside "Nov".
    expect(heatmap([], TODAY, 5, '2026-10-14').months).toEqual([{ col: 2, day: '2026-11-01' }]);
    expect(heatmap([], TODAY, 5, '2026-09-02').months).toEqual([
      { col: 0, day: '2026-09-02' },
      { col: 4, day: '2026-10-01' },
      { col: 8, day: '2026-11-01' },
    ]);
  });

  it('a plan started today is one day; a plan older than 16 weeks shows the last 16', () => {
    expect(heatmap([], TODAY, 5, TODAY)).toMatchObject({ from: TODAY, columns: 1, cells: [{ row: 6 }] });
    expect(heatmap([], TODAY, 5, '2025-01-01')).toMatchObject({ from: '2026-08-03', columns: 16 });
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
