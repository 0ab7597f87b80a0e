// The arithmetic of the method's "numbers" step: from a target and a weekly pace, when is
// the goal reached, and what pace would make the deadline? Pure and exact: the dashboard
// shows these dates, so 3 chats at 7 a week must finish in exactly 3 days, not 4.

import type { DayKey } from '../model';
import { addDays, daysBetween } from './days';

export interface ProjectionInput {
  target: number;
  held: number;
  today: DayKey;
  deadline: DayKey;
  /** The pace to project at; may be fractional (1.5 a week). */
  chatsPerWeek: number;
}

export interface Projection {
  /** max(0, target − held). */
  remaining: number;
  /** Nothing remains. */
  done: boolean;
  /** today + ceil(remaining × 7 / chatsPerWeek); today when done; null at a pace of 0. */
  finishDate: DayKey | null;
  /** finishDate is on or before the deadline (false when finishDate is null). */
  onTrack: boolean;
  /** Calendar days from today to the deadline; negative once it has passed. */
  daysLeft: number;
  /** ceil(remaining × 7 / daysLeft); 0 when done; null when no days are left. */
  chatsPerWeekNeeded: number | null;
}

// Relative slack for quotients that should be whole but come out a hair above it in binary
// floating point (3 / 0.1 = 30.000000000000004). Far below any meaningful pace difference.
const EPSILON = 1e-9;

/** ceil(numerator / denominator) for a positive denominator, exact for whole numbers. */
export function ceilDiv(numerator: number, denominator: number): number {
  if (!(denominator > 0)) throw new RangeError(`Denominator must be positive: ${denominator}`);
  if (Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator)) {
    // Integer arithmetic: floor((a + b − 1) / b) never meets a rounding error.
    return Math.floor((numerator + denominator - 1) / denominator);
  }
  const quotient = numerator / denominator;
  const nearest = Math.round(quotient);
  if (Math.abs(quotient - nearest) <= EPSILON * Math.max(1, Math.abs(quotient))) return nearest;
  return Math.ceil(quotient);
}

/** A usable non-negative number; NaN and negatives (a half-typed form field) count as 0. */
const nonNegative = (n: number): number => (Number.isFinite(n) && n > 0 ? n : 0);

export function projectGoal(input: ProjectionInput): Projection {
  const { today, deadline } = input;
  const remaining = Math.max(0, nonNegative(input.target) - nonNegative(input.held));
  const pace = nonNegative(input.chatsPerWeek);
  const daysLeft = daysBetween(today, deadline);
  const done = remaining === 0;

  let finishDate: DayKey | null;
  if (done) finishDate = today;
  else if (pace === 0) finishDate = null;
  else finishDate = addDays(today, ceilDiv(remaining * 7, pace));

  let chatsPerWeekNeeded: number | null;
  if (done) chatsPerWeekNeeded = 0;
  else if (daysLeft <= 0) chatsPerWeekNeeded = null;
  else chatsPerWeekNeeded = ceilDiv(remaining * 7, daysLeft);

  const onTrack = finishDate !== null && daysBetween(finishDate, deadline) >= 0;
  return { remaining, done, finishDate, onTrack, daysLeft, chatsPerWeekNeeded };
}
