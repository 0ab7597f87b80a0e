// The big imports in real Chromium, through the dashboard as a user runs them: cancelled in the
// middle, the worker stopped in the middle, and the worker stopped after the commit but before
// it could answer. Each time the store is counted before and after: all of the file, or none.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_50K, bigBackup, connectionsCsv, entriesOf } from '../../bench/big-files';
import { type Chromium, launchChromium } from './chromium';
import {
  controlWorker,
  currentWorker,
  holdAfterCommit,
  storeCounts,
  type WorkerControl,
} from './worker-control';

const json = (value: unknown, name = 'backup.json') => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});

describe('big imports in real Chromium', () => {
  let browser: Chromium;
  let page: Page;
  let worker: WorkerControl;
  const big = json(bigBackup(), 'big.json');

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.extensionPage('src/dashboard/index.html#data');
    worker = await controlWorker(browser.context, page);
    // Something of the user's own, so "as before" is not just "empty".
    await page.evaluate(async () => {
      const created = (await chrome.runtime.sendMessage({
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
      })) as { value: { id: string } };
      await chrome.runtime.sendMessage({
        type: 'outreach.log',
        requestId: 'mine-1',
        contactId: created.value.id,
        kind: 'coffee-chat',
        channel: 'text',
        templateId: null,
        viaMutual: null,
      });
    });
  });
  afterAll(async () => browser?.close());

  const progressText = () => page.locator('[role="status"]:has(progress)').textContent({ timeout: 1_000 });
  /** Records done, from the "Importing… 12,000 of 50,000" line (0 while it is not there). */
  const done = async () =>
    Number(
      (/Importing… ([\d,]+) of/.exec((await progressText().catch(() => '')) ?? '')?.[1] ?? '0').replace(
        /,/g,
        '',
      ),
    );

  async function startBackup(file = big): Promise<void> {
    await page.reload();
    await page.setInputFiles('#data-backup-file', file);
    await page.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 30_000 });
  }

  it('a 50,000-entry backup cancelled in the middle leaves every store as it was', async () => {
    const before = await storeCounts(page);
    await startBackup();
    await expect.poll(done, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(10_000);
    expect(await progressText()).toMatch(new RegExp(`of ${entriesOf(BACKUP_50K).toLocaleString('en')}`));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Import cancelled: nothing was changed.').waitFor({ timeout: 30_000 });
    expect(await storeCounts(page)).toEqual(before);
  });

  it('a 100,000-row Connections.csv cancelled in the middle leaves the contacts as they were', async () => {
    const before = await storeCounts(page);
    await page.reload();
    await page.setInputFiles('#data-li-file', {
      name: 'Connections.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(connectionsCsv(100_000)),
    });
    await page.getByRole('button', { name: 'Import 100,000 connections' }).click({ timeout: 60_000 });
    await expect.poll(done, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(10_000);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Import cancelled: nothing was changed.').waitFor({ timeout: 30_000 });
    expect(await storeCounts(page)).toEqual(before);
  });

  it('the worker stopped in the middle of a backup import: nothing changed, and the page says so', async () => {
    const before = await storeCounts(page);
    await startBackup();
    await expect.poll(done, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(10_000);
    await worker.stop();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('The import was interrupted before it finished');
    expect(await alert.textContent()).toContain('Nothing was changed.');
    expect(await storeCounts(page)).toEqual(before);
  });

  it('the worker stopped after the commit, before its answer: the page says everything landed', async () => {
    const before = await storeCounts(page);
    const shape = { contacts: 200, outreach: 600, opportunities: 10, templates: 5 };
    await holdAfterCommit(await currentWorker(browser.context, page), [
      'chats',
      'contacts',
      'opportunities',
      'outreach',
      'requests',
      'singletons',
      'templates',
    ]);
    await startBackup(json(bigBackup(shape, 'held')));
    // The commit happened (its receipt is in the database) and the worker froze before replying.
    await expect
      .poll(() => storeCounts(page).then((c) => c.outreach), { timeout: 30_000 })
      .toBe((before.outreach ?? 0) + shape.outreach);
    await worker.stop();
    await page
      .getByText('The import finished, but the browser stopped the extension')
      .waitFor({ timeout: 30_000 });
    const after = await storeCounts(page);
    expect(after.contacts).toBe((before.contacts ?? 0) + shape.contacts);
    expect(after.opportunities).toBe((before.opportunities ?? 0) + shape.opportunities);
  });
});
