// MV3 may stop the service worker at any moment. These tests stop it for real (DevTools
// protocol), between writes and in the middle of a burst of them, and then check that every
// entry the worker acknowledged is in the database.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium } from './chromium';

type Reply = { ok: boolean; value?: { outreach?: { id: string } } & Record<string, unknown>; error?: string };

describe('the service worker stopped during logging (real Chromium)', () => {
  let browser: Chromium;
  let page: Page;
  let cdp: CDPSession;
  const versions = new Map<string, string>();
  let contactId = '';

  async function stopWorker(): Promise<void> {
    const running = [...versions].filter(([, status]) => status === 'running').map(([id]) => id);
    expect(running.length).toBeGreaterThan(0);
    for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
  }

  const ask = (message: object) =>
    page.evaluate((m) => chrome.runtime.sendMessage(m) as Promise<Reply>, message);

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.extensionPage('src/popup/index.html');
    cdp = await browser.context.newCDPSession(page);
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const v of event.versions) versions.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const created = await ask({
      type: 'contact.create',
      contact: {
        name: 'Rosa Díaz',
        relationship: 'friend',
        reach: null,
        howWeKnow: null,
        company: null,
        role: null,
        lastContactedOn: null,
        notes: '',
      },
    });
    contactId = String((created.value as { id: string }).id);
  });
  afterAll(async () => browser?.close());

  const log = (requestId: string) => ({
    type: 'outreach.log',
    requestId,
    contactId,
    kind: 'coffee-chat',
    channel: 'text',
    templateId: null,
    viaMutual: null,
  });

  it('keeps every acknowledged entry when the worker is stopped between writes', async () => {
    const acked: string[] = [];
    for (let i = 0; i < 5; i++) {
      const reply = await ask(log(`between-${i}`));
      if (reply.ok && reply.value?.outreach) acked.push(reply.value.outreach.id);
      if (i === 2) await stopWorker();
    }
    expect(acked).toHaveLength(5);
    const stored = await ask({ type: 'outreach.list', contactId });
    const ids = (stored.value as unknown as { id: string }[]).map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(acked));
  });

  it('keeps every acknowledged entry, and nothing half-written, when stopped during a stream of writes', async () => {
    // A steady stream of writes, as fast as the worker answers; the stop lands in the middle.
    const stream = page.evaluate(async (make) => {
      const acked: (string | null)[] = [];
      (globalThis as unknown as { acked: unknown[] }).acked = acked;
      for (let i = 0; i < 40; i++) {
        const reply = (await chrome.runtime
          .sendMessage({ ...make, requestId: `stream-${i}` })
          .catch(() => null)) as Reply | null;
        acked.push(reply?.ok ? (reply.value?.outreach?.id ?? null) : null);
      }
      return acked;
    }, log('x'));
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { acked?: unknown[] }).acked?.length ?? 0))
      .toBeGreaterThanOrEqual(10);
    await stopWorker();
    const results = await stream;
    const acked = results.filter((id): id is string => id !== null);
    expect(acked.length).toBeGreaterThanOrEqual(10);
    const stored = (await ask({ type: 'outreach.list', contactId })).value as unknown as {
      id: string;
      history: unknown[];
      day: string;
    }[];
    expect(stored.map((o) => o.id)).toEqual(expect.arrayContaining(acked));
    for (const entry of stored) {
      expect(entry.history.length).toBeGreaterThan(0);
      expect(entry.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // A retried request (the sender did not hear back) is not logged twice.
    const retried = await ask(log('stream-0'));
    const after = (await ask({ type: 'outreach.list', contactId })).value as unknown as unknown[];
    expect(after.length).toBe(
      stored.length + (retried.value && (retried.value as { duplicate?: boolean }).duplicate ? 0 : 1),
    );
  });

  it('leaves nothing half-done when stopped during a Connections import', async () => {
    const total = 40_000;
    const imported = async () =>
      ((await ask({ type: 'contacts.list' })).value as unknown as { source: string }[]).filter(
        (c) => c.source === 'imported',
      ).length;
    // The rows are made in the page so the message leaves at once; storing 40,000 rows takes the
    // worker seconds, and the stop lands while its one transaction is open.
    const startImport = (n: number) =>
      page.evaluate((count) => {
        const rows = Array.from({ length: count }, (_, i) => ({
          firstName: `Import${i}`,
          lastName: 'Person',
          profileUrl: `https://www.linkedin.com/in/import-${i}/`,
          email: null,
          company: 'Acme',
          position: '',
          connectedOn: '2019-02-14',
        }));
        const reply = chrome.runtime.sendMessage({ type: 'connections.import', rows }) as Promise<Reply>;
        (globalThis as unknown as { importing: Promise<Reply | null> }).importing = reply.catch(() => null);
      }, n);
    const finished = () =>
      page.evaluate(() => (globalThis as unknown as { importing: Promise<Reply | null> }).importing);
    await startImport(total);
    await page.waitForTimeout(1_000);
    await stopWorker();
    const reply = await finished();
    const count = await imported();
    expect([0, total]).toContain(count);
    if (reply?.ok) expect(count).toBe(total);
    // Importing again after the stop brings every row in, once.
    await startImport(total);
    expect((await finished())?.ok).toBe(true);
    expect(await imported()).toBe(total);
  });

  it('loses nothing when two pages log at the same time', async () => {
    const other = await browser.extensionPage('src/dashboard/index.html');
    const before = ((await ask({ type: 'outreach.list', contactId })).value as unknown as unknown[]).length;
    const send = (p: Page, prefix: string) =>
      p.evaluate(
        async ([make, pre]) =>
          Promise.all(
            Array.from({ length: 20 }, (_, i) =>
              chrome.runtime.sendMessage({ ...(make as object), requestId: `${pre}-${i}` }),
            ),
          ),
        [log('x'), prefix] as const,
      );
    await Promise.all([send(page, 'tab-a'), send(other, 'tab-b')]);
    const after = ((await ask({ type: 'outreach.list', contactId })).value as unknown as unknown[]).length;
    expect(after - before).toBe(40);
  });
});
