// The main journey, as a user lives it: set a goal, open a 2nd-degree profile, the popup suggests
// an intro through a mutual, insert it, log it, and the dashboard shows one action today with the
// projection updated. Screenshots of popup and dashboard, light and dark, for people to look at.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Chromium, launchChromium, tabIdOf } from './chromium';
import { DANA, serveDemo } from './demo-pages';
import { shot } from './screenshots';

describe('the main journey (real Chromium)', () => {
  let browser: Chromium;
  let dashboard: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    await serveDemo(browser);
  });
  afterAll(async () => browser?.close());

  it('sets a goal in the first-run wizard', async () => {
    dashboard = await browser.extensionPage('src/dashboard/index.html#plan');
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    await dashboard.getByLabel('Coffee chats to hold').fill('50');
    await dashboard.getByRole('button', { name: 'Next' }).click();
    await dashboard.getByRole('button', { name: 'Next' }).click();
    await dashboard.getByRole('button', { name: 'Start my plan' }).click();
    await expect
      .poll(() => dashboard.evaluate(() => chrome.runtime.sendMessage({ type: 'goal.get' })))
      .toMatchObject({
        ok: true,
        value: { chatsTarget: 50 },
      });
  });

  it('on a 2nd-degree profile the popup suggests an intro through a mutual; insert and log', async () => {
    const page = await browser.open(DANA);
    await page.waitForSelector('#coffee-chat-coach-badge');
    await page.locator('#message').click();
    const popup = await browser.extensionPage(
      `src/popup/index.html?tab=${await tabIdOf(browser.worker, DANA)}`,
    );
    await popup.setViewportSize({ width: 400, height: 900 });
    await expect
      .poll(() => popup.getByTestId('reason').textContent(), { timeout: 10_000 })
      .toContain('ask Priya Raman for an intro');
    await popup.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('Inserted');
    await popup.getByRole('button', { name: 'Log as sent' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('Logged');
    expect(await seriousViolations(popup)).toEqual([]);
    await shot(popup, 'journey-popup-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(popup)).toEqual([]);
    await shot(popup, 'journey-popup-dark');
    await popup.close();
    await page.close();
  });

  it('the dashboard shows one action today and the projection', async () => {
    await dashboard.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#progress`);
    await dashboard.reload();
    await expect
      .poll(() => dashboard.getByText('1 of 5 outreach actions today').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await dashboard.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#plan`);
    await expect.poll(() => dashboard.locator('main').textContent()).toMatch(/you reach 50 on/);
    // The chat happens: marked held, the projection counts it.
    const sentence = () => dashboard.locator('.plan-sentence').first().textContent();
    const before = await sentence();
    expect(before).toMatch(/^No chats held yet/);
    await dashboard.evaluate(async () => {
      const list = (await chrome.runtime.sendMessage({ type: 'outreach.list' })) as {
        value: { id: string }[];
      };
      const [only] = list.value;
      await chrome.runtime.sendMessage({ type: 'outreach.setStatus', id: only?.id, status: 'chat-held' });
    });
    await dashboard.reload();
    await expect.poll(sentence).not.toBe(before);
    expect(await dashboard.getByText('1 held since you started', { exact: false }).count()).toBe(1);
    expect(await seriousViolations(dashboard)).toEqual([]);
    await shot(dashboard, 'journey-dashboard-plan-light', { fullPage: true });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await shot(dashboard, 'journey-dashboard-plan-dark', { fullPage: true });
    await dashboard.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#progress`);
    await expect.poll(() => dashboard.getByText('1 of 5 outreach actions today').count()).toBeGreaterThan(0);
    expect(await seriousViolations(dashboard)).toEqual([]);
    await shot(dashboard, 'journey-dashboard-progress-dark', { fullPage: true });
    await dashboard.emulateMedia({ colorScheme: 'light' });
    await shot(dashboard, 'journey-dashboard-progress-light', { fullPage: true });
  });

  it('every dashboard section passes axe with no serious or critical violations', async () => {
    for (const section of ['people', 'pipeline', 'me', 'templates', 'data', 'settings']) {
      await dashboard.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#${section}`);
      await dashboard.waitForSelector('main h2');
      expect(await seriousViolations(dashboard), section).toEqual([]);
      await shot(dashboard, `dashboard-${section}`, { fullPage: true });
    }
  });

  it('sends nothing over the network', () => {
    expect(browser.blocked).toEqual([]);
  });
});
