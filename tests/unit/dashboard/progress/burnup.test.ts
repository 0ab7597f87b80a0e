import { describe, expect, it } from 'vitest';
import {
  burnupGeometry,
  burnupSeries,
  planValueAt,
  weeklyRows,
} from '../../../../src/dashboard/progress/burnup';

const goal = { chatsTarget: 20, deadline: '2026-03-01', startedOn: '2026-01-01' };
const BOX = { width: 600, height: 200, top: 0, right: 0, bottom: 0, left: 0 };

describe('burn-up series', () => {
  it('counts chats held cumulatively by day from the start to today', () => {
    const series = burnupSeries({
      goal,
      today: '2026-01-05',
      heldDays: ['2025-12-31', '2026-01-02', '2026-01-02', '2026-01-04', '2026-01-09'],
      pace: null,
    });
    expect(series.actual.map((p) => p.value)).toEqual([0, 2, 2, 3, 3]);
    expect(series.actual[0]?.day).toBe('2026-01-01');
    expect(series.held).toBe(3);
    expect(series.projected).toBeNull();
  });

  it('draws the plan from 0 at the start to the target at the deadline', () => {
    const series = burnupSeries({ goal, today: '2026-01-10', heldDays: [], pace: null });
    expect(series.plan).toEqual([
      { day: '2026-01-01', value: 0 },
      { day: '2026-03-01', value: 20 },
    ]);
    expect(series.end).toBe('2026-03-01');
    expect(planValueAt(series, '2026-01-30')).toBe(Math.round(((20 * 29) / 59) * 10) / 10);
  });

  it('projects from today at the pace kept to the finish date', () => {
    const series = burnupSeries({
      goal,
      today: '2026-01-15',
      heldDays: ['2026-01-10', '2026-01-12'],
      pace: 7,
    });
    // 18 to go at 7 a week: 18 days.
    expect(series.projected).toEqual([
      { day: '2026-01-15', value: 2 },
      { day: '2026-02-02', value: 20 },
    ]);
    expect(series.finishDate).toBe('2026-02-02');
  });

  it('widens the chart to a late finish but cuts a very slow one at twice the plan', () => {
    const late = burnupSeries({ goal, today: '2026-01-15', heldDays: ['2026-01-10'], pace: 2 });
    expect(late.finishDate).toBe('2026-03-23');
    expect(late.end).toBe('2026-03-23');
    const slow = burnupSeries({ goal, today: '2026-01-15', heldDays: ['2026-01-10'], pace: 0.25 });
    expect(slow.end).toBe('2026-04-29');
    expect(slow.projected?.[1].value).toBeLessThan(20);
  });

  it('lists one row a week plus today for screen readers', () => {
    const series = burnupSeries({ goal, today: '2026-01-10', heldDays: ['2026-01-09'], pace: null });
    expect(weeklyRows(series).map((r) => [r.day, r.held])).toEqual([
      ['2026-01-01', 0],
      ['2026-01-08', 0],
      ['2026-01-10', 1],
    ]);
  });
});

describe('burn-up geometry', () => {
  it('maps the start to the left edge, the deadline to the right and the target to the top', () => {
    const series = burnupSeries({ goal, today: '2026-01-01', heldDays: [], pace: null });
    const g = burnupGeometry(series, BOX);
    expect(g.plan).toBe('M0 200 L600 0');
    expect(g.todayX).toBe(0);
    expect(g.xTicks.map((tick) => tick.day)).toEqual(['2026-01-01', '2026-03-01']);
    expect(g.yTicks.map((tick) => tick.value)).toEqual([0, 10, 20]);
  });

  it('keeps axis labels from overlapping', () => {
    const series = burnupSeries({ goal, today: '2026-01-15', heldDays: ['2026-01-10'], pace: 6.5 });
    const g = burnupGeometry(series, BOX);
    const xs = g.xTicks.map((tick) => tick.x);
    for (let i = 1; i < xs.length; i++)
      expect(Math.abs((xs[i] ?? 0) - (xs[i - 1] ?? 0))).toBeGreaterThanOrEqual(70);
  });
});
