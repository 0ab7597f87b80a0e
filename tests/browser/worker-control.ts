// Doing to the service worker what MV3 does to it, at the moment a test chooses: stopping it
// (DevTools protocol), and holding it right after a transaction commits so that its reply
// never leaves — the stop then lands between the commit and the answer.
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

export interface WorkerControl {
  /** Stops every running version of the extension's service worker, as Chrome does when idle. */
  stop(): Promise<void>;
}

export async function controlWorker(context: BrowserContext, page: Page): Promise<WorkerControl> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const versions = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) versions.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      const running = [...versions].filter(([, status]) => status === 'running').map(([id]) => id);
      if (!running.length) throw new Error('no running service worker to stop');
      for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
    },
  };
}

/** The worker now running (a stopped one is replaced by a new one on the next message). */
export async function currentWorker(context: BrowserContext, page: Page): Promise<Worker> {
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings.get' }));
  const workers = context.serviceWorkers();
  const worker = workers.at(-1);
  if (!worker) throw new Error('no service worker');
  return worker;
}

/**
 * From now on, the first read-write transaction over exactly `stores` that commits freezes the
 * worker's thread in its `complete` event: the data is on disk, the reply is never sent. Only
 * stopping the worker ends it.
 */
export async function holdAfterCommit(worker: Worker, stores: string[]): Promise<void> {
  await worker.evaluate(`(() => {
    const wanted = ${JSON.stringify([...stores].sort().join(','))};
    const original = IDBDatabase.prototype.transaction;
    let armed = true;
    IDBDatabase.prototype.transaction = function (...args) {
      const tx = original.apply(this, args);
      if (armed && tx.mode === 'readwrite' && [...tx.objectStoreNames].sort().join(',') === wanted) {
        armed = false;
        tx.addEventListener('complete', () => {
          const until = Date.now() + 120000;
          while (Date.now() < until) {}
        });
      }
      return tx;
    };
  })()`);
}

/** Anything with a page's `evaluate`: a Playwright page in Chromium, a Puppeteer page in Firefox. */
interface Evaluates {
  evaluate(expression: string): Promise<unknown>;
}

// Strings, so they run unchanged in either driver and no bundler helper reaches the page.
const COUNT_STORES = `new Promise((resolve, reject) => {
  const open = indexedDB.open('coffee-chat-coach');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names);
    const counts = {};
    for (const name of names) {
      const request = tx.objectStore(name).count();
      request.onsuccess = () => { counts[name] = request.result; };
    }
    tx.oncomplete = () => { db.close(); resolve(counts); };
  };
})`;

/** Records in every store, read straight from the extension's database by one of its pages. */
export async function storeCounts(page: Evaluates): Promise<Record<string, number>> {
  return (await page.evaluate(COUNT_STORES)) as Record<string, number>;
}
