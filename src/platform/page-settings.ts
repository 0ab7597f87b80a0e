// The few settings the content script needs on every LinkedIn page (is the badge on? free or
// Premium?) are mirrored into storage.local by the background, so the content script reads them
// without waking the worker, and hides the badge at once when the user turns it off.

import type { Settings } from '../model';
// Straight from the file: the content script imports this module and must not pull in the schemas.
import { DEFAULT_SETTINGS } from '../model/defaults';
import { browser } from './browser';

/**
 * Runs a clean-up that may touch a browser API which is gone: after the extension is reloaded or
 * removed, an orphaned content script's `browser.runtime` and `browser.storage` are undefined, and
 * a throw from an abort listener would land in LinkedIn's page.
 */
export function quietly(cleanUp: () => void): void {
  try {
    cleanUp();
  } catch {
    // Nothing is listening any more.
  }
}

export const PAGE_SETTINGS_KEY = 'pageSettings';
export type PageSettings = Pick<Settings, 'showBadge' | 'premium' | 'followUpAfterDays'>;

export async function mirrorSettings(settings: Settings): Promise<void> {
  const page: PageSettings = {
    showBadge: settings.showBadge,
    premium: settings.premium,
    followUpAfterDays: settings.followUpAfterDays,
  };
  await browser.storage.local.set({ [PAGE_SETTINGS_KEY]: page });
}

export async function readPageSettings(): Promise<PageSettings> {
  const stored = (await browser.storage.local.get(PAGE_SETTINGS_KEY))[PAGE_SETTINGS_KEY] as
    | PageSettings
    | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export function onPageSettingsChanged(listener: (settings: PageSettings) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[PAGE_SETTINGS_KEY];
    if (area === 'local' && change?.newValue)
      listener({ ...DEFAULT_SETTINGS, ...(change.newValue as PageSettings) });
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => quietly(() => browser.storage.onChanged.removeListener(handler)));
}
