// The big imports in real Chromium, through the dashboard as a user runs them: a 50,000-entry
// backup into an empty profile, the same file again (everything already there), and a
// 100,000-row Connections.csv. Each figure is the median over runs. Beside each, the same
// records added by a bare loop in one transaction from the worker, with none of our code: what
// this browser on this machine, at this moment, needs for the writes alone.
import type { Page } from 'playwright-core';
import { type Chromium, launchChromium } from '../tests/browser/chromium';
import { currentWorker } from '../tests/browser/worker-control';
import { BACKUP_50K, bigBackup, connectionsCsv, entriesOf } from './big-files';
import type { Figure } from './measure-browser';
import { timeImport, watchImports } from './ui-timing';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
const round = (x: number) => Number(x.toFixed(1));

// Strings, so no bundler helper ends up in the extension's pages.
const CLEAR = `new Promise((resolve, reject) => {
  const open = indexedDB.open('coffee-chat-coach');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction([...db.objectStoreNames], 'readwrite');
    for (const name of db.objectStoreNames) tx.objectStore(name).clear();
    tx.oncomplete = () => { db.close(); resolve(null); };
    tx.onerror = () => reject(tx.error);
  };
})`;

/** Adds `records` (store name → values) in one relaxed transaction; resolves with the time taken. */
const BARE_ADDS = `async (records) => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('coffee-chat-coach');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const start = performance.now();
  const tx = db.transaction(Object.keys(records), 'readwrite', { durability: 'relaxed' });
  for (const [store, values] of Object.entries(records)) for (const value of values) tx.objectStore(store).add(value);
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  const ms = performance.now() - start;
  const clear = db.transaction(Object.keys(records), 'readwrite');
  for (const store of Object.keys(records)) clear.objectStore(store).clear();
  await new Promise((resolve) => { clear.oncomplete = resolve; });
  db.close();
  return ms;
}`;

async function fresh(browser: Chromium, page: Page): Promise<void> {
  await page.evaluate(CLEAR);
  await page.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#data`);
  await page.waitForSelector('#data-backup-file');
  await watchImports(page);
}

/** The dashboard reloads its lists behind a result; the next timing starts once they are in. */
async function listsShow(page: Page, contacts: number): Promise<void> {
  // The count as the (English) UI writes it: "Contacts as CSV (8,000)".
  const count = contacts.toLocaleString('en');
  await page.getByRole('button', { name: `Contacts as CSV (${count})` }).waitFor({ timeout: 120_000 });
}

export async function measureImports(runs = 3, dist?: string): Promise<Figure[]> {
  const browser = await launchChromium(dist);
  const backup = bigBackup();
  const backupFile = {
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  };
  const csvFile = {
    name: 'Connections.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(connectionsCsv(100_000)),
  };
  const connectionRecords = Array.from({ length: 100_000 }, (_, i) => ({
    id: `bare-${i}-${(i * 2654435761) % 4294967296}`,
    name: `Person${i} Lastname, ${i}`,
    profileUrl: `https://www.linkedin.com/in/person-${i}-bare/`,
    headline: null,
    company: `Company ${i % 300}, Inc.`,
    role: 'Engineer',
    degree: 1,
    mutualCount: null,
    mutualNames: [],
    source: 'imported',
    relationship: null,
    howWeKnow: null,
    reach: null,
    email: null,
    top20Rank: null,
    connectedOn: '2019-02-14',
    lastContactedOn: null,
    notes: '',
    userEdited: [],
    createdAt: 1,
    updatedAt: 1,
  }));
  const t = { backup: [] as number[], again: [] as number[], csv: [] as number[] };
  const preview = { backup: [] as number[], again: [] as number[], csv: [] as number[] };
  const bare = { backup: [] as number[], csv: [] as number[] };
  try {
    const page = await browser.extensionPage('src/dashboard/index.html#data');
    const { contacts, outreach, opportunities, templates } = backup;
    const bareAdds = async (records: Record<string, unknown[]>) =>
      (await (
        await currentWorker(browser.context, page)
      ).evaluate(`(${BARE_ADDS})(${JSON.stringify(records)})`)) as number;
    // Each import runs right after its bare adds, so both see the machine in the same mood.
    for (let run = 0; run < runs; run++) {
      await fresh(browser, page);
      bare.backup.push(await bareAdds({ contacts, outreach, opportunities, templates }));
      const first = await timeImport(page, '#data-backup-file', backupFile, /^Import$/);
      await listsShow(page, BACKUP_50K.contacts);
      const second = await timeImport(page, '#data-backup-file', backupFile, /^Import$/);
      t.backup.push(first.importMs);
      preview.backup.push(first.previewMs);
      t.again.push(second.importMs);
      preview.again.push(second.previewMs);

      await fresh(browser, page);
      bare.csv.push(await bareAdds({ contacts: connectionRecords }));
      const csv = await timeImport(page, '#data-li-file', csvFile, /^Import 100,000 connections$/);
      t.csv.push(csv.importMs);
      preview.csv.push(csv.previewMs);
      await listsShow(page, 100_000);
    }
  } finally {
    await browser.close();
  }
  const label = `${entriesOf(BACKUP_50K) / 1000}k`;
  return [
    { name: `import.backup_${label}_ms`, value: round(median(t.backup)), unit: 'ms' },
    { name: `import.backup_${label}.preview_ms`, value: round(median(preview.backup)), unit: 'ms' },
    { name: `import.backup_${label}.bare_adds_ms`, value: round(median(bare.backup)), unit: 'ms' },
    { name: `import.backup_${label}_again_ms`, value: round(median(t.again)), unit: 'ms' },
    { name: `import.backup_${label}_again.preview_ms`, value: round(median(preview.again)), unit: 'ms' },
    { name: 'import.connections_100k_ms', value: round(median(t.csv)), unit: 'ms' },
    { name: 'import.connections_100k.preview_ms', value: round(median(preview.csv)), unit: 'ms' },
    { name: 'import.connections_100k.bare_adds_ms', value: round(median(bare.csv)), unit: 'ms' },
    { name: 'import.backup_bytes', value: backupFile.buffer.length, unit: 'bytes' },
  ];
}
