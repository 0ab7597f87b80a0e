// "Something changed": the background writes a stamp after every change to the user's data, and
// every open screen — dashboard, popup, side panel, the badge on a LinkedIn page — hears it
// through storage.onChanged and refreshes. No polling, no tabs permission, and the stamp
// carries no data.
import { browser } from './browser';
import { quietly } from './page-settings';

export const DATA_CHANGED_KEY = 'dataChangedAt';

export async function announceChange(now: number): Promise<void> {
  await browser.storage.local.set({ [DATA_CHANGED_KEY]: now });
}

/** Calls `listener` after each change the background announces, until `signal` aborts. */
export function onDataChanged(listener: () => void, signal?: AbortSignal): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && DATA_CHANGED_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  const stop = () => quietly(() => browser.storage.onChanged.removeListener(handler));
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
