// The few settings the content script needs on every LinkedIn page (is the badge on? free or
// Premium?) are mirrored into storage.local by the background, so the content script reads them
// without waking the worker, and hides the badge at once when the user turns it off.

import { DEFAULT_SETTINGS, type Settings } from '../model';
import { browser } from './browser';

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
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler));
}
