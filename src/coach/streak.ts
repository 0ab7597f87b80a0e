// Days in a row with at least one outreach action. Today still counts as "in progress":
// the streak is not broken until today ends, so at 9 am yesterday's streak stands.

import type { DayKey } from '../model';
import { addDays, daysBetween } from './days';

export interface Streak {
  /** Run ending today (if done today) or yesterday (if not yet done today). */
  current: number;
  best: number;
  doneToday: boolean;
}

export function streak(actionDays: Iterable<DayKey>, today: DayKey): Streak {
  // Days after today (a clock that was ahead) cannot count yet.
  const days = [...new Set(actionDays)].filter((d) => d <= today).sort();
  const set = new Set(days);
  const doneToday = set.has(today);

  let current = 0;
  for (let d = doneToday ? today : addDays(today, -1); set.has(d); d = addDays(d, -1)) current++;

  let best = 0;
  let run = 0;
  let previous: DayKey | null = null;
  for (const d of days) {
    run = previous !== null && daysBetween(previous, d) === 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = d;
  }
  return { current, best, doneToday };
}
