// The side panel stays open while the user works in LinkedIn: it follows the active tab (a tab
// switch, an in-app navigation) and Insert and Log work from it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, tabIdOf } from './chromium';
import { DANA, SAM, serveDemo } from './demo-pages';
import { shot } from './screenshots';

describe('the side panel in real Chromium', () => {
  let browser: Chromium;
  beforeAll(async () => {
    browser = await launchChromium();
    await serveDemo(browser);
  });
  afterAll(async () => browser?.close());

  it('follows two profiles and a tab switch, and Insert and Log work from it', async () => {
    const dana = await browser.open(DANA);
    await dana.waitForSelector('#coffee-chat-coach-badge');
    const sam = await browser.open(SAM);
    await sam.waitForSelector('#coffee-chat-coach-badge');
    const [danaTab, samTab] = [await tabIdOf(browser.worker, DANA), await tabIdOf(browser.worker, SAM)];
    // The two LinkedIn tabs move to a window of their own; the panel follows that window.
    const windowId = await browser.worker.evaluate(
      async ([a, b]) => {
        const created = await chrome.windows.create({ tabId: a as number, focused: false });
        const id = created?.id as number;
        await chrome.tabs.move(b as number, { windowId: id, index: -1 });
        return id;
      },
      [danaTab, samTab] as const,
    );
    const panel: Page = await browser.extensionPage(`src/sidepanel/index.html?window=${windowId}`);
    await panel.setViewportSize({ width: 360, height: 900 });
    const name = () =>
      panel
        .locator('#person-name')
        .textContent()
        .catch(() => null);
    const activate = (id: number) =>
      browser.worker.evaluate((tab) => chrome.tabs.update(tab, { active: true }), id);

    // It opens on the window's active tab (Dana's), then follows a switch to Sam's and back.
    await expect.poll(name, { timeout: 10_000 }).toBe('Dana Whitfield');
    await activate(samTab);
    await expect.poll(name, { timeout: 10_000 }).toBe('Sam Okafor');
    await activate(danaTab);
    await expect.poll(name, { timeout: 10_000 }).toBe('Dana Whitfield');
    await activate(samTab);
    await expect.poll(name, { timeout: 10_000 }).toBe('Sam Okafor');

    // In-app navigation in the active tab: Sam's page → Dana's, without a reload.
    await sam.locator('aside a[href="/in/dana-whitfield-demo/"]').click();
    await expect.poll(name, { timeout: 10_000 }).toBe('Dana Whitfield');
    await shot(panel, 'sidepanel-dana');

    // Back on Sam's profile: compose, insert into the box he opened, log it — all from the panel.
    await sam.locator('aside a[href="/in/sam-okafor-demo/"]').click();
    await expect.poll(name, { timeout: 10_000 }).toBe('Sam Okafor');
    // LinkedIn swaps the top card a moment after the address: wait for Sam's before Message.
    await expect.poll(() => sam.locator('main h1').first().textContent()).toContain('Sam Okafor');
    await sam.locator('#message').click();
    await expect
      .poll(() =>
        panel
          .locator('#body')
          .inputValue({ timeout: 1000 })
          .catch(() => ''),
      )
      .toContain('Hi Sam');
    const status = () =>
      panel
        .locator('.composer [role="status"]')
        .textContent({ timeout: 1000 })
        .catch(() => '');
    await panel.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await expect.poll(status, { timeout: 10_000 }).toContain('Inserted');
    expect(
      await sam.evaluate(
        () => (document.querySelector('.msg-form__contenteditable') as HTMLElement).innerText,
      ),
    ).toContain('Hi Sam');
    await panel.getByRole('button', { name: 'Log as sent' }).click();
    await expect.poll(status, { timeout: 10_000 }).toContain('Logged');
    const today = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'today.get' }));
    expect(today).toMatchObject({ ok: true, value: { actions: 1 } });
    // The panel's own ring follows, without a reload.
    await expect.poll(() => panel.locator('header.top').textContent()).toContain('1/');
    await shot(panel, 'sidepanel-sam-logged');
  });
});
