// Names and headlines are page data: a hostile page must not get markup or script into the
// badge, the popup or the composer. The fixture's name is literally "<img src=x onerror=…>".
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Chromium, launchChromium, tabIdOf } from './chromium';
import { shot } from './screenshots';

const URL = 'https://www.linkedin.com/in/zoe-hostile/';
const UNREADABLE = 'https://www.linkedin.com/in/hidden-person/';
const LONG = 'https://www.linkedin.com/in/jordan-ellis-4b7a21/';
/** A name with no spaces to break at, and a mutual's name of 300 characters, right to left. */
const UNBROKEN = 'Jordan'.padEnd(160, 'ellis');
const MUTUAL = `مريم الحسيني ${'ب'.repeat(287)}`;

describe('a hostile LinkedIn page (real Chromium)', () => {
  let browser: Chromium;
  beforeAll(async () => {
    browser = await launchChromium();
    browser.serve(URL, await readFile('tests/fixtures/linkedin/profile-ember-2026-en-hostile.html', 'utf8'));
    browser.serve(
      UNREADABLE,
      await readFile('tests/fixtures/linkedin/profile-unreadable-authwall.html', 'utf8'),
    );
    const jordan = await readFile('tests/fixtures/linkedin/profile-ember-2026-en-2nd.html', 'utf8');
    browser.serve(LONG, jordan.replaceAll('Jordan Ellis', UNBROKEN).replaceAll('Morgan Lee', MUTUAL));
  });
  afterAll(async () => browser?.close());

  it('shows script-bearing names as text in the badge, the popup and the draft', async () => {
    const page = await browser.open(URL);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const badge = page.locator('#coffee-chat-coach-badge');
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    const inBadge = await badge.evaluate((host) => ({
      elements: host.shadowRoot?.querySelectorAll('img, script, svg, b').length,
      text: host.shadowRoot?.textContent,
    }));
    expect(inBadge.elements).toBe(0);

    const popup = await browser.extensionPage(
      `src/popup/index.html?tab=${await tabIdOf(browser.worker, URL)}`,
    );
    await popup.setViewportSize({ width: 400, height: 800 });
    await expect
      .poll(() => popup.locator('#person-name').textContent(), { timeout: 10_000 })
      .toBe(`<img src=x onerror=alert(1)> Zoë "Z" O'Neil 🚀`);
    expect(await popup.locator('main img, main script, main b').count()).toBe(0);
    expect(await popup.locator('#body').inputValue()).toContain('<img src=x onerror=alert(1)>');
    await shot(popup, 'popup-hostile');
    expect(errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });

  it('long, unbroken and right-to-left names never widen the badge or the popup', async () => {
    const page = await browser.open(LONG);
    const badge = page.locator('#coffee-chat-coach-badge');
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    const box = await badge.evaluate((host) => host.getBoundingClientRect().width);
    expect(box).toBeLessThanOrEqual(Math.min(560, 1280 * 0.6) + 1);
    // What is cut on screen is whole in the accessible name.
    expect(
      await badge.evaluate((host) => host.shadowRoot?.querySelector('.badge')?.getAttribute('aria-label')),
    ).toContain(MUTUAL);
    const popup = await browser.extensionPage(
      `src/popup/index.html?tab=${await tabIdOf(browser.worker, LONG)}`,
    );
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect.poll(() => popup.locator('#person-name').textContent(), { timeout: 10_000 }).toBe(UNBROKEN);
    const width = await popup.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(400);
    await shot(popup, 'popup-long-names');
  });

  it('a page with none of the expected markup says so and offers manual entry', async () => {
    const page = await browser.open(UNREADABLE);
    await page.waitForTimeout(300);
    const popup = await browser.extensionPage(
      `src/popup/index.html?tab=${await tabIdOf(browser.worker, UNREADABLE)}`,
    );
    await popup.setViewportSize({ width: 400, height: 700 });
    await expect
      .poll(() => popup.getByText("Can't read this page", { exact: false }).count(), { timeout: 15_000 })
      .toBe(1);
    // Why, in words; the reader's technical reason stays behind "Details" for a bug report.
    expect(await popup.getByText('top card is not on this page', { exact: false }).count()).toBe(1);
    expect(await seriousViolations(popup)).toEqual([]);
    await shot(popup, 'popup-cant-read');
    await popup.getByLabel('Their name as shown on the profile').fill('Hidden Person');
    await popup.getByRole('button', { name: 'Save and draft a message' }).click();
    await expect.poll(() => popup.locator('#person-name').textContent()).toBe('Hidden Person');
    expect(await popup.locator('#body').inputValue()).toContain('Hidden');
  });
});
