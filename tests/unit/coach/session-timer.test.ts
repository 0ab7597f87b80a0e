import { describe, expect, it } from 'vitest';
import {
  clockText,
  endTimer,
  freshTimer,
  pauseTimer,
  readTimer,
  startTimer,
  timerFor,
} from '../../../src/coach/session-timer';

const MIN = 60_000;
const t0 = Date.UTC(2026, 10, 22, 8, 0);

describe('the session timer', () => {
  it('counts down the day’s minutes from when it was started', () => {
    const started = startTimer(freshTimer('2026-11-22', 30), t0);
    expect(readTimer(started, t0 + 12 * MIN + 5000)).toMatchObject({
      phase: 'running',
      leftMs: 17 * MIN + 55_000,
    });
    expect(clockText(readTimer(started, t0 + 12 * MIN + 5000).leftMs)).toBe('17:55');
  });

  it('keeps the time left while paused, however long the page stays closed', () => {
    const paused = pauseTimer(startTimer(freshTimer('2026-11-22', 30), t0), t0 + 10 * MIN);
    expect(readTimer(paused, t0 + 5 * 60 * MIN)).toMatchObject({ phase: 'paused', leftMs: 20 * MIN });
    const resumed = startTimer(paused, t0 + 6 * 60 * MIN);
    expect(readTimer(resumed, t0 + 6 * 60 * MIN + 15 * MIN).leftMs).toBe(5 * MIN);
  });

  it('is done at zero, never below; a clock set back adds no time', () => {
    const started = startTimer(freshTimer('2026-11-22', 30), t0);
    expect(readTimer(started, t0 + 45 * MIN)).toMatchObject({ phase: 'done', leftMs: 0 });
    expect(clockText(0)).toBe('0:00');
    expect(readTimer(started, t0 - 10 * MIN).leftMs).toBe(30 * MIN);
    expect(startTimer(pauseTimer(started, t0 + 45 * MIN), t0 + 50 * MIN).startedAt).toBeNull();
  });

  it('starts fresh on a new day, and follows a change of the daily minutes until started', () => {
    const yesterday = endTimer(startTimer(freshTimer('2026-11-21', 30), t0), t0 + MIN);
    expect(timerFor(yesterday, '2026-11-22', 45)).toEqual(freshTimer('2026-11-22', 45));
    expect(timerFor(freshTimer('2026-11-22', 30), '2026-11-22', 20).totalMs).toBe(20 * MIN);
    const running = startTimer(freshTimer('2026-11-22', 30), t0);
    expect(timerFor(running, '2026-11-22', 20)).toBe(running);
  });

  it('ending the session stops the clock where it was and marks it ended', () => {
    const ended = endTimer(startTimer(freshTimer('2026-11-22', 30), t0), t0 + 8 * MIN);
    expect(readTimer(ended, t0 + 60 * MIN)).toMatchObject({ phase: 'paused', leftMs: 22 * MIN, ended: true });
    expect(readTimer(freshTimer('2026-11-22', 30), t0)).toMatchObject({ phase: 'ready', ended: false });
  });
});
