// The worst moment for MV3 to stop the worker: after "Log as sent" committed, before the reply
// left. The popup hears nothing and the user clicks again; the same request id must not log a
// second entry. The worker is frozen in the commit's `complete` event and then stopped for real.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, tabIdOf } from './chromium';
import { DANA, serveDemo } from './demo-pages';
import {
  controlWorker,
  currentWorker,
  holdAfterCommit,
  storeCounts,
  type WorkerControl,
} from './worker-control';

// "Log as sent" writes these in one transaction (the composer's draft goes with it).
const LOG_STORES = ['contacts', 'drafts', 'outreach', 'requests'];

describe('the worker stopped between a commit and its reply (real Chromium)', () => {
  let browser: Chromium;
  let dashboard: Page;
  let worker: WorkerControl;

  beforeAll(async () => {
    browser = await launchChromium();
    await serveDemo(browser);
    dashboard = await browser.extensionPage('src/dashboard/index.html');
    worker = await controlWorker(browser.context, dashboard);
  });
  afterAll(async () => browser?.close());

  const ask = <T>(message: object) =>
    dashboard.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value: T }>;

  it('clicking "Log as sent" again after the popup heard nothing logs the entry once', async () => {
    const profile = await browser.open(DANA);
    await profile.waitForSelector('#coffee-chat-coach-badge');
    const popup = await browser.extensionPage(
      `src/popup/index.html?tab=${await tabIdOf(browser.worker, DANA)}`,
    );
    const logButton = popup.getByRole('button', { name: 'Log as sent' });
    await logButton.waitFor({ timeout: 15_000 });
    const before = await storeCounts(dashboard);

    await holdAfterCommit(await currentWorker(browser.context, dashboard), LOG_STORES);
    await logButton.click();
    // Committed: the entry and its request record are stored, and the worker is frozen.
    await expect.poll(() => storeCounts(dashboard).then((c) => c.outreach)).toBe((before.outreach ?? 0) + 1);
    await worker.stop();
    await expect.poll(() => popup.locator('p[role="status"].error').count(), { timeout: 15_000 }).toBe(1);

    await logButton.click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 15_000 }).toContain('Logged');
    const after = await storeCounts(dashboard);
    expect(after.outreach).toBe((before.outreach ?? 0) + 1);
    expect(after.requests).toBe((before.requests ?? 0) + 1);
    const today = await ask<{ actions: number }>({ type: 'today.get' });
    expect(today.value.actions).toBe(1);
    await popup.close();
    await profile.close();
  });

  it('the retried request is answered as a duplicate of the first entry', async () => {
    const contact = (await ask<{ contact: { id: string } }>({ type: 'contact.lookup', profileUrl: DANA }))
      .value.contact;
    const log = {
      type: 'outreach.log',
      requestId: 'retry-after-stop',
      contactId: contact.id,
      kind: 'coffee-chat',
      channel: 'linkedin-message',
      templateId: null,
      viaMutual: null,
    };
    const before = await storeCounts(dashboard);
    await holdAfterCommit(await currentWorker(browser.context, dashboard), LOG_STORES);
    const first = dashboard.evaluate(
      (m) =>
        chrome.runtime.sendMessage(m).then(
          () => 'answered',
          (error: Error) => error.message,
        ),
      log,
    );
    await expect.poll(() => storeCounts(dashboard).then((c) => c.outreach)).toBe((before.outreach ?? 0) + 1);
    await worker.stop();
    expect(await first).toContain('message channel closed');

    const retried = await ask<{ outreach: { id: string }; duplicate: boolean }>(log);
    expect(retried).toMatchObject({ ok: true, value: { duplicate: true } });
    const entries = await ask<{ id: string }[]>({ type: 'outreach.list', contactId: contact.id });
    expect(entries.value.filter((o) => o.id === retried.value.outreach.id)).toHaveLength(1);
    expect((await storeCounts(dashboard)).outreach).toBe((before.outreach ?? 0) + 1);
  });
});
