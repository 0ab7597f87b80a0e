import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './chromium';
import { DANA } from './demo-pages';
import { type Firefox, launchFirefox } from './firefox';

describe('the add-on in real Firefox ESR', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox();
    firefox.serve(DANA, await fixture('demo/profile.html'));
    firefox.serve('https://www.linkedin.com/demo/app.js', await fixture('demo/app.js'));
  });
  afterAll(async () => firefox?.close());

  it('reads a LinkedIn profile in its content script and the background stores the person', async () => {
    const page = await firefox.open(DANA);
    await page.waitForSelector('#coffee-chat-coach-badge', { timeout: 15_000 });
    // The add-on opens its dashboard on first install; ask the background from there.
    const dashboard = await firefox.extensionPage('src/dashboard/index.html');
    const reply = await dashboard.evaluate(
      (url) =>
        (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({
          type: 'contact.lookup',
          profileUrl: url,
        }),
      DANA,
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { contact: { name: 'Dana Whitfield', degree: 2, mutualCount: 14 } },
    });
  });

  it('asks the local server for nothing but the fixtures', () => {
    expect(firefox.unexpected).toEqual([]);
  });
});
