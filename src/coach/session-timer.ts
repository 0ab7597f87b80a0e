// The day's session timer as arithmetic on timestamps: started-at and the time left when last
// paused are stored (storage.local), and what is left now is computed from them and the clock.
// Nothing ticks in the background, so closing the page or the side panel loses nothing, and a
// new day starts a fresh session.

import type { DayKey, SessionTimer } from '../model';

const MINUTE = 60_000;

export type TimerPhase = 'ready' | 'running' | 'paused' | 'done';

export interface TimerReading {
  phase: TimerPhase;
  leftMs: number;
  totalMs: number;
  /** The session was closed and its summary shown. */
  ended: boolean;
}

/** A session not started yet, for today's minutes. */
export function freshTimer(day: DayKey, minutes: number): SessionTimer {
  const totalMs = Math.max(0, Math.round(minutes)) * MINUTE;
  return { day, totalMs, remainingMs: totalMs, startedAt: null, ended: false };
}

/**
 * Today's timer: the stored one when it is today's, else a fresh one. Until it is started, a
 * change of the daily minutes applies to it.
 */
export function timerFor(stored: SessionTimer | null, day: DayKey, minutes: number): SessionTimer {
  if (!stored || stored.day !== day) return freshTimer(day, minutes);
  const untouched = stored.startedAt === null && stored.remainingMs === stored.totalMs && !stored.ended;
  return untouched ? freshTimer(day, minutes) : stored;
}

export function leftAt(timer: SessionTimer, now: number): number {
  if (timer.startedAt === null) return timer.remainingMs;
  // A clock set back must not add time.
  return Math.max(0, timer.remainingMs - Math.max(0, now - timer.startedAt));
}

export function readTimer(timer: SessionTimer, now: number): TimerReading {
  const leftMs = leftAt(timer, now);
  const phase: TimerPhase =
    leftMs === 0
      ? 'done'
      : timer.startedAt !== null
        ? 'running'
        : leftMs < timer.totalMs
          ? 'paused'
          : 'ready';
  return { phase, leftMs, totalMs: timer.totalMs, ended: timer.ended };
}

export function startTimer(timer: SessionTimer, now: number): SessionTimer {
  if (timer.startedAt !== null || timer.remainingMs === 0) return timer;
  return { ...timer, startedAt: now, ended: false };
}

export function pauseTimer(timer: SessionTimer, now: number): SessionTimer {
  if (timer.startedAt === null) return timer;
  return { ...timer, remainingMs: leftAt(timer, now), startedAt: null };
}

/** "End session": the clock stops where it is and the summary shows. */
export function endTimer(timer: SessionTimer, now: number): SessionTimer {
  return { ...pauseTimer(timer, now), ended: true };
}

/** "12:05" for 12 minutes 5 seconds; whole seconds, rounded up so 0:00 means the time is up. */
export function clockText(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
