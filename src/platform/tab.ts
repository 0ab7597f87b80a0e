import type { ContentRequest, ContentResponses, PageReadView } from '../model';
import { browser } from './browser';

export interface ActiveTab {
  id: number;
  url: string | null;
}

/**
 * The tab the popup is about. Normally the active tab of the current window; the real-browser
 * tests open the popup as a page and name the tab with `?tab=<id>`.
 */
export async function activeTab(): Promise<ActiveTab | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (named) {
    const tab = await browser.tabs.get(named).catch(() => null);
    return tab?.id ? { id: tab.id, url: tab.url ?? null } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url ?? null } : null;
}

export async function askTab<K extends ContentRequest['type']>(
  tabId: number,
  request: Extract<ContentRequest, { type: K }>,
): Promise<ContentResponses[K]> {
  return (await browser.tabs.sendMessage(tabId, request)) as ContentResponses[K];
}

/** What the content script read on the tab, or null when no content script answers there. */
export async function readTab(tabId: number): Promise<PageReadView | null> {
  try {
    return await askTab(tabId, { type: 'content.read' });
  } catch {
    return null;
  }
}
