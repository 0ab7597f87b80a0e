import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, tabIdOf } from './chromium';
import { DANA, serveDemo } from './demo-pages';
import { shot } from './screenshots';

describe('the extension in real Chromium', () => {
  let browser: Chromium;
  beforeAll(async () => {
    browser = await launchChromium();
    await serveDemo(browser);
  });
  afterAll(async () => browser?.close());

  it('starts its service worker, which opens its IndexedDB database', async () => {
    const stores = await browser.worker.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('coffee-chat-coach');
          open.onsuccess = () => resolve([...open.result.objectStoreNames]);
          open.onerror = () => reject(open.error);
        }),
    );
    expect(stores).toEqual(expect.arrayContaining(['contacts', 'outreach', 'singletons']));
  });

  it('reads a LinkedIn profile, stores the person, and badges the name', async () => {
    const page = await browser.open(DANA);
    const badge = page.locator('#coffee-chat-coach-badge');
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    const text = await badge.evaluate((host) => host.shadowRoot?.textContent ?? '');
    expect(text).toContain('2nd');
    expect(text).toContain('14 mutual');
    await shot(page, 'badge-on-profile', { clip: { x: 0, y: 0, width: 1280, height: 560 } });

    const stored = await browser.worker.evaluate(
      (url) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('coffee-chat-coach');
          open.onsuccess = () => {
            const get = open.result.transaction('contacts').objectStore('contacts').index('by-url').get(url);
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          };
        }),
      DANA,
    );
    expect(stored).toMatchObject({ name: 'Dana Whitfield', degree: 2, mutualCount: 14, source: 'linkedin' });
  });

  it('shows the person in the popup', async () => {
    const tabId = await tabIdOf(browser.worker, DANA);
    const popup = await browser.extensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect
      .poll(() => popup.locator('#person-name').textContent(), { timeout: 10_000 })
      .toBe('Dana Whitfield');
    expect(await popup.getByTestId('degree').textContent()).toContain('2nd degree');
    await shot(popup, 'popup-profile');
  });

  it('sends nothing over the network from any extension context', () => {
    expect(browser.blocked).toEqual([]);
  });
});
