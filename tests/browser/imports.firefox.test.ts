// The backup import in real Firefox ESR, through the dashboard, and the event page restarted
// for real (as about:debugging's "Terminate background script" does): in the middle of an
// import, and between two sends of the same "Log as sent".
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigBackup } from '../../bench/big-files';
import { type Firefox, launchFirefox } from './firefox';
import { storeCounts } from './worker-control';

type Ext = { browser: typeof chrome };

describe('the backup import and event page restarts in real Firefox ESR', () => {
  let firefox: Firefox;
  let dashboard: Page;
  let dir: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ccc-ff-files-'));
    const write = async (name: string, value: unknown) => {
      files[name] = join(dir, name);
      await writeFile(files[name], JSON.stringify(value));
    };
    await write(
      'small.json',
      bigBackup({ contacts: 300, outreach: 1_200, opportunities: 20, templates: 5 }, 's'),
    );
    await write(
      'big.json',
      bigBackup({ contacts: 4_000, outreach: 16_000, opportunities: 0, templates: 0 }, 'b'),
    );
    firefox = await launchFirefox(undefined, { systemAccess: true });
    dashboard = await firefox.extensionPage('src/dashboard/index.html');
  });
  afterAll(async () => {
    await firefox?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const text = () => dashboard.evaluate(() => document.body.textContent ?? '');
  // On a timeout, what the page said instead.
  const waitForText = (wanted: string, timeout = 45_000) =>
    dashboard
      .waitForFunction((w) => document.body.textContent?.includes(w), { timeout, polling: 100 }, wanted)
      .catch(async (error: unknown) => {
        throw new Error(`"${wanted}" not shown; the page says: ${(await text()).slice(0, 2000)}`, {
          cause: error,
        });
      });
  const press = (label: string) =>
    dashboard.evaluate((l) => {
      const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === l);
      if (!target) throw new Error(`no button ${l}`);
      target.click();
    }, label);
  const backgroundRunning = () =>
    dashboard.evaluate(() =>
      (globalThis as unknown as Ext).browser.extension
        .getViews()
        .some((w) => w.location.pathname.includes('background')),
    );
  const ask = (message: object) =>
    dashboard.evaluate(
      (m) => (globalThis as unknown as Ext).browser.runtime.sendMessage(m),
      message,
    ) as Promise<{
      ok: boolean;
      value: Record<string, unknown>;
    }>;
  /** Records done, from "Importing… 4,000 of 20,000" (0 while it is not there). */
  const done = async () =>
    Number((/Importing… ([\d,]+) of/.exec(await text())?.[1] ?? '0').replace(/,/g, ''));

  async function choose(file: string): Promise<void> {
    await dashboard.evaluate(() => {
      location.hash = '#data';
    });
    await dashboard.waitForSelector('#data-backup-file');
    const input = (await dashboard.$('#data-backup-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await waitForText('Outreach entries:');
  }

  it('imports a backup through the dashboard, and a second time adds nothing', async () => {
    await choose(files['small.json'] as string);
    expect(await text()).toContain('Contacts: 300 (0 of them already here: merged, not duplicated)');
    await press('Import');
    await waitForText('Imported. New contacts: 300; merged with ones you had: 0; outreach entries: 1,200');
    const counts = await storeCounts(dashboard);
    expect(counts).toMatchObject({ contacts: 300, outreach: 1_200, opportunities: 20, templates: 5 });

    await choose(files['small.json'] as string);
    expect(await text()).toContain('Contacts: 300 (300 of them already here: merged, not duplicated)');
    await press('Import');
    await waitForText('Imported. New contacts: 0; merged with ones you had: 300; outreach entries: 0');
    // Only the second import's receipt is new.
    expect(await storeCounts(dashboard)).toEqual({ ...counts, requests: (counts.requests ?? 0) + 1 });
  });

  it('Cancel in the middle of a 20,000-entry import leaves every store as it was', async () => {
    const before = await storeCounts(dashboard);
    await choose(files['big.json'] as string);
    await press('Import');
    await expect.poll(done, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(4_000);
    await press('Cancel');
    await waitForText('Import cancelled: nothing was changed.');
    expect(await storeCounts(dashboard)).toEqual(before);
  });

  it('the event page terminated in the middle of an import: nothing changed, and the page says so', async () => {
    const before = await storeCounts(dashboard);
    await choose(files['big.json'] as string);
    await press('Import');
    await expect.poll(done, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(4_000);
    await firefox.terminateBackground();
    await waitForText('The import was interrupted before it finished');
    expect(await text()).toContain('Nothing was changed.');
    expect(await storeCounts(dashboard)).toEqual(before);

    // The restarted event page takes the same file whole.
    await choose(files['big.json'] as string);
    await press('Import');
    await waitForText('Imported. New contacts: 4,000');
    expect((await storeCounts(dashboard)).outreach).toBe((before.outreach ?? 0) + 16_000);
  });

  it('after a restart, the same "Log as sent" is answered as a duplicate and nothing is lost', async () => {
    const contacts = (await ask({ type: 'contacts.list' })).value as unknown as { id: string }[];
    const log = {
      type: 'outreach.log',
      requestId: 'ff-restart-1',
      contactId: contacts[0]?.id,
      kind: 'coffee-chat',
      channel: 'email',
      templateId: null,
      viaMutual: null,
    };
    const first = await ask(log);
    expect(first).toMatchObject({ ok: true, value: { duplicate: false } });
    const before = await storeCounts(dashboard);

    await firefox.terminateBackground();
    expect(await backgroundRunning()).toBe(false);
    const again = await ask(log);
    expect(await backgroundRunning()).toBe(true);
    expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
    expect((again.value.outreach as { id: string }).id).toBe((first.value.outreach as { id: string }).id);
    expect(await storeCounts(dashboard)).toEqual(before);
  });
});
