import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium } from './chromium';
import { DANA, SAM, serveDemo } from './demo-pages';

describe('the extension reloaded while a LinkedIn tab is open (real Chromium)', () => {
  let browser: Chromium;
  beforeAll(async () => {
    browser = await launchChromium();
    await serveDemo(browser);
  });
  afterAll(async () => browser?.close());

  it('the old content script takes its badge off and throws nothing into the page', async () => {
    const page = await browser.open(DANA);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.waitForSelector('#coffee-chat-coach-badge');
    await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
    await page.waitForTimeout(1000);
    // LinkedIn navigates in-app: the orphaned script notices, finds its extension gone, stops.
    await page.locator('aside a[href="/in/sam-okafor-demo/"]').click();
    await expect.poll(() => page.url()).toBe(SAM);
    await expect.poll(() => page.locator('#coffee-chat-coach-badge').count(), { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    expect(consoleErrors.filter((text) => /coffee|extension context/i.test(text))).toEqual([]);
  });
});
