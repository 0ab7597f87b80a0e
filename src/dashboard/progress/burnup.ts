// The burn-up chart's numbers and geometry, pure so they are tested without a DOM: chats held
// (cumulative, by local day since the goal started), the plan line from 0 at the start to the
// target at the deadline, and the projection at the pace actually kept.
import { addDays, daysBetween } from '../../coach/days';
import { projectGoal } from '../../coach/projection';
import type { DayKey, Goal } from '../../model';

export interface Point {
  day: DayKey;
  value: number;
}

export interface BurnupSeries {
  start: DayKey;
  /** The right edge: the latest of deadline, today and the projection's end. */
  end: DayKey;
  today: DayKey;
  deadline: DayKey;
  target: number;
  held: number;
  /** One point per day from the start to today. */
  actual: Point[];
  plan: [Point, Point];
  /** From today's count to the finish (or to the horizon, if the finish lies beyond it). */
  projected: [Point, Point] | null;
  /** The finish at the pace kept; may lie beyond `end` when the pace is slow. */
  finishDate: DayKey | null;
  yMax: number;
}

export interface BurnupInput {
  goal: Pick<Goal, 'chatsTarget' | 'deadline' | 'startedOn'>;
  today: DayKey;
  heldDays: DayKey[];
  /** Chats a week actually kept (PlanPicture.actual.chatsPerWeek); null when there is none. */
  pace: number | null;
}

/** A slow pace can finish years out; past twice the plan's length the line is cut, not squeezed. */
const HORIZON_FACTOR = 2;

export function burnupSeries({ goal, today, heldDays, pace }: BurnupInput): BurnupSeries {
  const start = goal.startedOn;
  const target = goal.chatsTarget;
  const counted = heldDays.filter((d) => d >= start && d <= today).sort();
  const actual: Point[] = [];
  let i = 0;
  for (let day = start; day <= today; day = addDays(day, 1)) {
    while (i < counted.length && (counted[i] ?? '') <= day) i++;
    actual.push({ day, value: i });
  }
  if (actual.length === 0) actual.push({ day: start, value: 0 });
  const held = counted.length;
  const last = actual[actual.length - 1] ?? { day: start, value: 0 };

  const projection =
    pace !== null && pace > 0
      ? projectGoal({ target, held, today: last.day, deadline: goal.deadline, chatsPerWeek: pace })
      : null;
  const finishDate = projection && !projection.done ? projection.finishDate : null;
  let projected: [Point, Point] | null = null;
  if (finishDate && pace) {
    const span = Math.max(daysBetween(start, goal.deadline), 7);
    const horizon = addDays(start, HORIZON_FACTOR * span);
    projected =
      finishDate <= horizon
        ? [last, { day: finishDate, value: target }]
        : [last, { day: horizon, value: held + (pace * daysBetween(last.day, horizon)) / 7 }];
  }
  // ISO days sort as strings: the last one is the latest.
  const end = [goal.deadline, last.day, projected?.[1].day ?? start].sort()[2] ?? goal.deadline;
  return {
    start,
    end,
    today,
    deadline: goal.deadline,
    target,
    held,
    actual,
    plan: [
      { day: start, value: 0 },
      { day: goal.deadline, value: target },
    ],
    projected,
    finishDate,
    yMax: Math.max(target, held, 1),
  };
}

/** Where the plan line stands on a day: the chats it expected by then. */
export function planValueAt(
  series: Pick<BurnupSeries, 'start' | 'deadline' | 'target'>,
  day: DayKey,
): number {
  const span = daysBetween(series.start, series.deadline);
  if (span <= 0) return series.target;
  const share = Math.min(1, Math.max(0, daysBetween(series.start, day) / span));
  return Math.round(series.target * share * 10) / 10;
}

/** One row a week (and today) for the screen-reader table: held and planned by that day. */
export function weeklyRows(series: BurnupSeries): { day: DayKey; held: number; plan: number }[] {
  const rows = series.actual.filter((_, index) => index % 7 === 0);
  const last = series.actual[series.actual.length - 1];
  if (last && rows[rows.length - 1] !== last) rows.push(last);
  return rows.map((p) => ({ day: p.day, held: p.value, plan: planValueAt(series, p.day) }));
}

export interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface BurnupGeometry {
  x: (day: DayKey) => number;
  y: (value: number) => number;
  actual: string;
  plan: string;
  projected: string | null;
  todayX: number;
  xTicks: { day: DayKey; x: number; anchor: 'start' | 'middle' | 'end' }[];
  yTicks: { value: number; y: number }[];
}

const round = (n: number): number => Math.round(n * 10) / 10;
const pathOf = (points: { x: number; y: number }[]): string =>
  points.map((p, index) => `${index === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');

/** Minimum room between two date labels on the x axis, in px. */
const MIN_TICK_GAP = 70;

export function burnupGeometry(series: BurnupSeries, box: Box): BurnupGeometry {
  const days = Math.max(1, daysBetween(series.start, series.end));
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const x = (day: DayKey): number => box.left + (daysBetween(series.start, day) / days) * plotW;
  const y = (value: number): number => box.top + plotH - (value / series.yMax) * plotH;
  const line = (points: Point[]): string => pathOf(points.map((p) => ({ x: x(p.day), y: y(p.value) })));

  const xTicks: BurnupGeometry['xTicks'] = [];
  for (const day of [series.start, series.deadline, series.end]) {
    const at = x(day);
    if (xTicks.some((tick) => Math.abs(tick.x - at) < MIN_TICK_GAP)) continue;
    const anchor = day === series.start ? 'start' : day === series.end ? 'end' : 'middle';
    xTicks.push({ day, x: round(at), anchor });
  }
  const values = [...new Set([0, Math.round(series.target / 2), series.target, series.yMax])];
  const yTicks = values
    .filter((value) => value <= series.yMax)
    .sort((a, b) => a - b)
    .filter((value, index, all) => index === 0 || y(all[index - 1] ?? 0) - y(value) >= 14)
    .map((value) => ({ value, y: round(y(value)) }));

  return {
    x,
    y,
    actual: line(series.actual),
    plan: line(series.plan),
    projected: series.projected ? line(series.projected) : null,
    todayX: round(Math.min(x(series.today), x(series.end))),
    xTicks,
    yTicks,
  };
}
