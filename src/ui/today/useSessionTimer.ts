// The session timer's state for a view: read from storage.local, written back on every button,
// and re-read when another page (the dashboard, the side panel) changes it. The display ticks
// once a second while the timer runs; what it shows is always computed from the stored times.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { dayKey } from '../../coach/days';
import {
  endTimer,
  pauseTimer,
  readTimer,
  startTimer,
  type TimerReading,
  timerFor,
} from '../../coach/session-timer';
import type { SessionTimer } from '../../model';
import { loadTimer, onTimerChanged, saveTimer } from '../../platform/session-timer';

export interface TimerControls {
  reading: TimerReading | null;
  start: () => void;
  pause: () => void;
  end: () => void;
  /** Back to the queue after the summary (the clock stays where it was). */
  reopen: () => void;
}

export function useSessionTimer(minutesPerDay: number): TimerControls {
  const [stored, setStored] = useState<SessionTimer | null | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    void loadTimer().then(setStored, () => setStored(null));
    return onTimerChanged((timer) => setStored(timer));
  }, []);
  const today = dayKey(now);
  const timer = stored === undefined ? null : timerFor(stored, today, minutesPerDay);
  const reading = timer ? readTimer(timer, now) : null;
  const running = reading?.phase === 'running';
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [running]);

  const change = useCallback(
    (next: (timer: SessionTimer, at: number) => SessionTimer) => {
      if (!timer) return;
      const at = Date.now();
      const updated = next(timer, at);
      setStored(updated);
      setNow(at);
      void saveTimer(updated);
    },
    [timer],
  );
  return {
    reading,
    start: () => change(startTimer),
    pause: () => change(pauseTimer),
    end: () => change(endTimer),
    reopen: () => change((t) => ({ ...t, ended: false })),
  };
}
