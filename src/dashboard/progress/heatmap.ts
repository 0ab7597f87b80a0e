// The activity heatmap's grid, pure: one column a week, one row a weekday, one cell per local
// day from the plan's start (at most HEATMAP_WEEKS back) up to today, each with its outreach
// count and a level measured against the daily target.
import { addDays, daysBetween, type Weekday, weekStart } from '../../coach/days';
import type { DayKey } from '../../model';

export type Level = 0 | 1 | 2 | 3;

export interface HeatCell {
  day: DayKey;
  count: number;
  level: Level;
  /** 0 = the week's first day. */
  row: number;
  col: number;
}

export interface HeatWeek {
  start: DayKey;
  actions: number;
  activeDays: number;
}

export interface Heatmap {
  /** The first day shown: the start, or HEATMAP_WEEKS back when the start is older. */
  from: DayKey;
  to: DayKey;
  columns: number;
  cells: HeatCell[];
  weeks: HeatWeek[];
  /** Where a month's label goes: the first column, and each column holding the 1st of a month. */
  months: { col: number; day: DayKey }[];
  total: number;
  activeDays: number;
  targetDays: number;
  busiest: { day: DayKey; count: number } | null;
}

export const HEATMAP_WEEKS = 16;

/** 0 none; 1 under half the target; 2 half or more; 3 the target met. */
export function levelOf(count: number, target: number): Level {
  if (count <= 0) return 0;
  if (target <= 0 || count >= target) return 3;
  return count * 2 >= target ? 2 : 1;
}

/** The counts each level stands for, for the legend; levels that no count reaches are left out. */
export function levelRanges(target: number): { level: Level; min: number; max: number | null }[] {
  const half = Math.ceil(target / 2);
  const ranges: { level: Level; min: number; max: number | null }[] = [
    { level: 0, min: 0, max: 0 },
    { level: 1, min: 1, max: half - 1 },
    { level: 2, min: Math.max(1, half), max: target - 1 },
    { level: 3, min: Math.max(1, target), max: null },
  ];
  return ranges.filter((r) => r.max === null || r.max >= r.min);
}

/** A month label needs about three columns; a first-column label that close to the next is dropped. */
const LABEL_COLUMNS = 3;

/**
 * The grid from `start` (the plan's start, or the first action) to today. Days before the start
 * are not drawn: the first column may begin mid-week.
 */
export function heatmap(
  actionDays: DayKey[],
  today: DayKey,
  target: number,
  start: DayKey | null = null,
  weeks = HEATMAP_WEEKS,
  weekStartsOn: Weekday = 1,
): Heatmap {
  const oldest = addDays(weekStart(today, weekStartsOn), -7 * (weeks - 1));
  const from = start === null || start < oldest ? oldest : start > today ? today : start;
  const firstWeek = weekStart(from, weekStartsOn);
  const counts = new Map<DayKey, number>();
  for (const day of actionDays) {
    if (day >= from && day <= today) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const cells: HeatCell[] = [];
  const weekRows: HeatWeek[] = [];
  const months: Heatmap['months'] = [];
  for (let day = from; day <= today; day = addDays(day, 1)) {
    const offset = daysBetween(firstWeek, day);
    const col = Math.floor(offset / 7);
    const count = counts.get(day) ?? 0;
    cells.push({ day, count, level: levelOf(count, target), row: offset % 7, col });
    const week = weekRows[col] ?? { start: day, actions: 0, activeDays: 0 };
    week.actions += count;
    if (count > 0) week.activeDays++;
    weekRows[col] = week;
    if (day.endsWith('-01')) months.push({ col, day });
  }
  // The first column says which month the map begins in, unless a month begins right after.
  if (!from.endsWith('-01') && (months[0]?.col ?? Number.POSITIVE_INFINITY) >= LABEL_COLUMNS)
    months.unshift({ col: 0, day: from });
  let busiest: Heatmap['busiest'] = null;
  for (const cell of cells) {
    if (cell.count > (busiest?.count ?? 0)) busiest = { day: cell.day, count: cell.count };
  }
  return {
    from,
    to: today,
    columns: daysBetween(firstWeek, weekStart(today, weekStartsOn)) / 7 + 1,
    cells,
    weeks: weekRows,
    months,
    total: cells.reduce((sum, c) => sum + c.count, 0),
    activeDays: cells.filter((c) => c.count > 0).length,
    targetDays: cells.filter((c) => c.level === 3).length,
    busiest,
  };
}
