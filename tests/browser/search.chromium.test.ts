// A people-search page in real Chromium: a badge after each result's name, and the popup's list
// with the coach's channel for each and "Add to Top 20" — from what the page shows.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, tabIdOf } from './chromium';
import { shot } from './screenshots';

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=ux%20research';

describe('a people-search page in real Chromium', () => {
  let browser: Chromium;
  beforeAll(async () => {
    browser = await launchChromium();
    browser.serve(
      SEARCH,
      await readFile('tests/fixtures/linkedin/search-ember-2026-en-one-mutual.html', 'utf8'),
    );
  });
  afterAll(async () => browser?.close());

  it('badges every result, reads "1 mutual connection" as one, and adds a result to the Top 20 from the popup', async () => {
    const page = await browser.open(SEARCH);
    const badges = page.locator('[data-coffee-chat-coach-result]');
    await expect.poll(() => badges.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    const texts = await badges.evaluateAll((hosts) => hosts.map((h) => h.shadowRoot?.textContent ?? ''));
    expect(texts.some((text) => text.includes('1 mutual connection') && !text.includes('connections'))).toBe(
      true,
    );
    const popup = await browser.extensionPage(
      `src/popup/index.html?tab=${await tabIdOf(browser.worker, SEARCH)}`,
    );
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect
      .poll(() => popup.locator('.search-list li').count(), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(4);
    expect(await popup.locator('.search-list').textContent()).toContain('ask Priya Raman for an intro');
    await popup.locator('.search-list li').first().getByRole('button', { name: 'Add to Top 20' }).click();
    await expect
      .poll(() => popup.locator('.search-list li').first().textContent())
      .toContain('In your Top 20');
    await shot(popup, 'popup-search');
    // The badge on the page follows.
    await expect
      .poll(() => badges.first().evaluate((h) => h.shadowRoot?.textContent ?? ''), { timeout: 10_000 })
      .toContain('In your Top 20');
    expect(browser.blocked).toEqual([]);
  });
});
