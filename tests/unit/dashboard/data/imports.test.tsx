import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../src/platform/browser', async () => (await import('./job-browser')).browserModule);

import { bigBackup, connectionsCsv } from '../../../../bench/big-files';
import { createImportJobs } from '../../../../src/background/data-handlers';
import { createHandlers } from '../../../../src/background/handlers';
import { type JobPort, serveJobPort } from '../../../../src/background/jobs';
import { DataView as DataSection } from '../../../../src/dashboard/data/DataView';
import { openDatabase } from '../../../../src/db/open';
import type { JobEvent } from '../../../../src/messages';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { settle } from '../../ui/render';
import { line } from './job-browser';
import { button, click, field, mountView, pickFile } from './view-harness';

/** Thousands of records through fake-indexeddb: seconds on a busy machine. */
const SLOW = { timeout: 30_000 };

const everything = async () => {
  const { exportedAt: _, ...rest } = await send('backup.export', {});
  return rest;
};
const backupInput = (root: HTMLElement) => field(root, '#data-backup-file');
const csvInput = (root: HTMLElement) => field(root, '#data-li-file');
const fileOf = (value: unknown, name = 'backup.json') => new File([JSON.stringify(value)], name);

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`never: ${what}`);
    await settle(2);
  }
}

async function seedSomeone(): Promise<void> {
  await send('contact.create', {
    contact: {
      name: 'Already Here',
      relationship: 'friend',
      reach: null,
      howWeKnow: null,
      company: null,
      role: null,
      lastContactedOn: null,
      notes: '',
    },
  });
}

const big = () => bigBackup({ contacts: 2_000, outreach: 6_000, opportunities: 20, templates: 5 }, 'ui');

beforeEach(() => {
  freshIndexedDB();
  line.reset();
});
afterEach(() => vi.restoreAllMocks());

describe('importing a big backup from the dashboard', SLOW, () => {
  it('shows how far it got, then the result', async () => {
    const root = await mountView(<DataSection />);
    await pickFile(backupInput(root), fileOf(big()));
    await click(button(root, 'Import'));
    await until(() => /Importing… [\d,]+ of 8,025/.test(root.textContent ?? ''), 'progress');
    expect(root.querySelector('progress')).not.toBeNull();
    await until(() => root.textContent?.includes('Imported. New contacts: 2,000') ?? false, 'the result');
    const progress = line.events.filter((e) => e.type === 'job.progress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ type: 'job.progress', done: 8_025, total: 8_025 });
    expect((await send('outreach.list', {})).length).toBe(6_000);
  });

  it('Cancel rolls the whole import back and says nothing was changed', async () => {
    await seedSomeone();
    const before = await everything();
    const root = await mountView(<DataSection />);
    await pickFile(backupInput(root), fileOf(big()));
    await click(button(root, 'Import'));
    await until(() => root.textContent?.includes('Importing…') ?? false, 'progress');
    await click(button(root, 'Cancel'));
    await until(
      () => root.textContent?.includes('Import cancelled: nothing was changed.') ?? false,
      'cancelled',
    );
    expect(root.querySelector('progress')).toBeNull();
    expect(await everything()).toEqual(before);
  });

  it('the worker stopped in the middle: the page says nothing was changed, and it is true', async () => {
    await seedSomeone();
    const before = await everything();
    const root = await mountView(<DataSection />);
    await pickFile(backupInput(root), fileOf(big()));
    await click(button(root, 'Import'));
    await until(() => line.events.some((e) => e.type === 'job.progress' && e.done > 0), 'writes under way');
    line.stopWorker();
    await until(() => root.textContent?.includes('The import was interrupted') ?? false, 'interrupted');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Nothing was changed.');
    expect(await everything()).toEqual(before);
  });

  it('the worker stopped after the commit, before its answer: the page says everything landed', async () => {
    line.stopBeforeReply = true;
    const root = await mountView(<DataSection />);
    await pickFile(
      backupInput(root),
      fileOf(bigBackup({ contacts: 3, outreach: 5, opportunities: 1, templates: 1 })),
    );
    await click(button(root, 'Import'));
    await until(() => root.textContent?.includes('The import finished, but') ?? false, 'landed');
    expect((await send('outreach.list', {})).length).toBe(5);
  });
});

describe('a Connections.csv import', SLOW, () => {
  it('Cancel in the middle leaves the contacts exactly as they were', async () => {
    await seedSomeone();
    const before = await everything();
    const root = await mountView(<DataSection />);
    await pickFile(csvInput(root), new File([connectionsCsv(6_000)], 'Connections.csv'));
    await until(() => button(root, 'Import 6,000 connections') !== null, 'the preview');
    await click(button(root, 'Import 6,000 connections'));
    await until(() => root.textContent?.includes('Importing…') ?? false, 'progress');
    await click(button(root, 'Cancel'));
    await until(
      () => root.textContent?.includes('Import cancelled: nothing was changed.') ?? false,
      'cancelled',
    );
    expect(await everything()).toEqual(before);
  });
});

describe('the job line itself', () => {
  const SELF = { id: 'test-extension', origin: 'chrome-extension://test-extension/' };
  const ports = {
    db: openDatabase,
    now: () => 0,
    todayChanged() {},
    tabPerson() {},
    refresh: async () => {},
  };

  /** A port from `url` (a tab's page when `tab` is given), served by the real job runner. */
  function serve(url: string, tab?: number) {
    const events: JobEvent[] = [];
    const listeners: ((m: unknown) => void)[] = [];
    const port: JobPort = {
      name: 'job',
      sender: { id: SELF.id, url, tab: tab === undefined ? undefined : { id: tab } },
      postMessage: (event) => void events.push(event),
      disconnect: () => {},
      onMessage: { addListener: (l) => void listeners.push(l) },
      onDisconnect: { addListener: () => {} },
    };
    serveJobPort(port, SELF, createHandlers(ports), createImportJobs(ports), () => {});
    return {
      events,
      say: (m: unknown) => {
        for (const l of listeners) l(m);
      },
    };
  }

  it('a content script cannot start an import over it', async () => {
    const { events, say } = serve('https://www.linkedin.com/in/x/', 4);
    say({ type: 'job.start', job: { type: 'connections.import', rows: [] } });
    await settle(5);
    expect(events).toEqual([{ type: 'job.failed', error: 'requestNotAllowed' }]);
  });

  it('only an import can run as a job', async () => {
    const { events, say } = serve(`${SELF.origin}src/dashboard/index.html`);
    say({ type: 'job.start', job: { type: 'contact.delete', id: 'x' } });
    await settle(5);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'job.failed',
      error: expect.stringContaining('invalid "job.start"'),
    });
  });
});
