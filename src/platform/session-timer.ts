// Where the day's session timer lives: storage.local, so the dashboard and the side panel show
// the same clock and a closed page loses nothing. Only timestamps are kept (see
// src/coach/session-timer.ts); nothing runs while no page is open.
import * as v from 'valibot';
import { type SessionTimer, SessionTimerSchema } from '../model';
import { browser } from './browser';
import { quietly } from './page-settings';

export const SESSION_TIMER_KEY = 'sessionTimer';

/** The stored timer, or null when there is none (or it cannot be read). */
export async function loadTimer(): Promise<SessionTimer | null> {
  const raw = (await browser.storage.local.get(SESSION_TIMER_KEY))[SESSION_TIMER_KEY];
  const parsed = v.safeParse(SessionTimerSchema, raw);
  return parsed.success ? parsed.output : null;
}

/** Stores the timer; null forgets it (the next read starts a fresh session). */
export async function saveTimer(timer: SessionTimer | null): Promise<void> {
  await browser.storage.local.set({ [SESSION_TIMER_KEY]: timer });
}

/** Calls `listener` whenever another page (or this one) stores the timer. */
export function onTimerChanged(listener: (timer: SessionTimer | null) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SESSION_TIMER_KEY in changes)) return;
    const parsed = v.safeParse(SessionTimerSchema, changes[SESSION_TIMER_KEY]?.newValue);
    listener(parsed.success ? parsed.output : null);
  };
  browser.storage.onChanged.addListener(handler);
  return () => quietly(() => browser.storage.onChanged.removeListener(handler));
}
