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
  const params = new URLSearchParams(location.search);
  const named = Number(params.get('tab'));
  if (named) {
    const tab = await browser.tabs.get(named).catch(() => null);
    return tab?.id ? { id: tab.id, url: tab.url ?? null } : null;
  }
  // The real-browser tests open the side panel in a window of its own and name the one it follows.
  const windowId = Number(params.get('window'));
  const [tab] = await browser.tabs.query(
    windowId ? { active: true, windowId } : { active: true, currentWindow: true },
  );
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

/**
 * The sanitised skeleton of the page on the tab (no names, no message text), for a bug report.
 * Injected only now, on the user's click: the script that runs on every page stays small.
 */
export async function pageReportOf(tabId: number): Promise<string | null> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['report.js'] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      const global = globalThis as { __coffeeChatCoachReport?: string };
      const report = global.__coffeeChatCoachReport ?? null;
      delete global.__coffeeChatCoachReport;
      return report;
    },
  });
  return typeof result?.result === 'string' ? result.result : null;
}

/**
 * Calls `onChange` when what the side panel should show may have changed: another tab became
 * active, the active tab loaded a new address, or its content script saw an in-app navigation
 * (the background relays "tab.changed"). Returns the function that stops listening.
 */
export function followActiveTab(onChange: () => void): () => void {
  const activated = () => onChange();
  const updated = (_id: number, change: { url?: string; status?: string }, tab: { active?: boolean }) => {
    if (tab.active && (change.url || change.status === 'complete')) onChange();
  };
  const relayed = (message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'tab.changed') onChange();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  browser.runtime.onMessage.addListener(relayed);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
    browser.runtime.onMessage.removeListener(relayed);
  };
}

/** The browser's side panel (Chrome) or sidebar (Firefox), opened from the user's own click. */
export async function openSidePanel(tabId: number | null): Promise<boolean> {
  const chromePanel = (globalThis as { chrome?: { sidePanel?: { open(o: object): Promise<void> } } }).chrome
    ?.sidePanel;
  if (chromePanel && tabId !== null) {
    await chromePanel.open({ tabId });
    return true;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) {
    await sidebar.open();
    return true;
  }
  return false;
}
