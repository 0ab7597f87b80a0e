// The figures that need real Chromium: reader speed on the fixture corpus, popup first render,
// log latency through the worker, aggregate counts at 1k/10k/100k records. The imports have
// their own browser (measure-imports.ts).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { CHROME_DIST, launchChromium, tabIdOf } from '../tests/browser/chromium';
import { DANA, serveDemo } from '../tests/browser/demo-pages';

export type Figure = { name: string; value: number; unit: string };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? Number.NaN;
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

async function readersBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'src/linkedin/index.ts', formats: ['iife'], name: 'Readers' },
    },
  });
  const result = Array.isArray(out) ? out[0] : out;
  const chunk = (result as { output: { type: string; code?: string }[] }).output.find(
    (o) => o.type === 'chunk',
  );
  if (!chunk?.code) throw new Error('could not bundle the readers');
  return chunk.code;
}

/**
 * A copy of the build with one more page: an empty extension page that asks the tab and the
 * background once, as the popup does, and shows a line. What this machine costs before any of
 * our code runs; popup.first_render_ms is read against it.
 */
function buildWithFloorPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccc-bench-'));
  cpSync(CHROME_DIST, dir, { recursive: true });
  writeFileSync(
    join(dir, 'bench-floor.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="/bench-floor.js"></script>',
  );
  writeFileSync(
    join(dir, 'bench-floor.js'),
    `const tab = Number(new URLSearchParams(location.search).get('tab'));
await Promise.all([
  chrome.tabs.get(tab),
  chrome.tabs.sendMessage(tab, { type: 'content.read' }),
  chrome.runtime.sendMessage({ type: 'settings.get' }),
]);
performance.mark('composer-ready');
const line = document.createElement('p');
line.dataset.testid = 'reason';
line.textContent = 'ready';
document.body.append(line);
`,
  );
  return dir;
}

async function openingMedian(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  path: string,
): Promise<number> {
  // The first opening warms the extension's renderer and is dropped; the median of the rest.
  const renders: number[] = [];
  for (let i = 0; i < 16; i++) {
    const popup = await browser.extensionPage(path);
    await popup.waitForSelector('[data-testid="reason"]');
    renders.push(
      await popup.evaluate(() => performance.getEntriesByName('composer-ready')[0]?.startTime ?? Number.NaN),
    );
    await popup.close();
  }
  return median(renders.slice(1));
}

export async function measureBrowser(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const dist = buildWithFloorPage();
  const browser = await launchChromium(dist);
  try {
    // Readers over every profile page of the corpus, in the page's own document.
    const readers = await readersBundle();
    const dir = 'tests/fixtures/linkedin';
    const perPage: number[] = [];
    for (const file of readdirSync(dir).filter((f) => f.startsWith('profile-') && f.endsWith('.html'))) {
      const html = readFileSync(`${dir}/${file}`, 'utf8');
      const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? 'https://www.linkedin.com/in/x/';
      browser.serve(
        url,
        html.replace(
          '</head>',
          '<meta http-equiv="Content-Security-Policy" content="script-src \'none\'"></head>',
        ),
      );
      const page = await browser.open(url);
      await page.addScriptTag({ content: readers }).catch(() => page.evaluate(readers));
      const times = await page.evaluate((u) => {
        const read = (
          globalThis as unknown as { Readers: { readProfile: (d: Document, u: string) => unknown } }
        ).Readers.readProfile;
        for (let i = 0; i < 20; i++) read(document, u); // warm up
        const batches: number[] = [];
        for (let b = 0; b < 15; b++) {
          const start = performance.now();
          for (let i = 0; i < 20; i++) read(document, u);
          batches.push((performance.now() - start) / 20);
        }
        return batches;
      }, url);
      perPage.push(median(times));
      await page.close();
    }
    figures.push({ name: 'content.parse.median_ms', value: round(median(perPage)), unit: 'ms' });
    figures.push({ name: 'content.parse.p95_ms', value: round(p95(perPage)), unit: 'ms' });
    figures.push({ name: 'content.parse.pages', value: perPage.length, unit: 'pages' });

    // Popup: opened to the person and the recommended message on screen.
    await serveDemo(browser);
    const profile = await browser.open(DANA);
    await profile.waitForSelector('#coffee-chat-coach-badge');
    const tabId = await tabIdOf(browser.worker, DANA);
    const popupMs = await openingMedian(browser, `src/popup/index.html?tab=${tabId}`);
    const floorMs = await openingMedian(browser, `bench-floor.html?tab=${tabId}`);
    figures.push({ name: 'popup.first_render_ms', value: round(popupMs, 1), unit: 'ms' });
    figures.push({ name: 'popup.floor_ms', value: round(floorMs, 1), unit: 'ms' });

    // Log latency: the round trip a click on "Log as sent" waits for.
    const page = await browser.extensionPage('src/dashboard/index.html');
    const { logTimes, floorTimes } = await page.evaluate(async () => {
      const created = (await chrome.runtime.sendMessage({
        type: 'contact.create',
        contact: {
          name: 'Bench',
          relationship: 'other',
          reach: null,
          howWeKnow: null,
          company: null,
          role: null,
          lastContactedOn: null,
          notes: '',
        },
      })) as { value: { id: string } };
      const times: number[] = [];
      // Beside each log, a round trip that reads one record and writes nothing: the machine's
      // own messaging and IndexedDB cost at that moment.
      const floor: number[] = [];
      for (let i = 0; i < 200; i++) {
        const before = performance.now();
        await chrome.runtime.sendMessage({ type: 'settings.get' });
        floor.push(performance.now() - before);
        const start = performance.now();
        await chrome.runtime.sendMessage({
          type: 'outreach.log',
          requestId: `bench-${i}`,
          contactId: created.value.id,
          kind: 'inmail',
          channel: 'inmail',
          templateId: null,
          viaMutual: null,
        });
        times.push(performance.now() - start);
      }
      return { logTimes: times, floorTimes: floor };
    });
    figures.push({ name: 'db.log.median_ms', value: round(median(logTimes), 2), unit: 'ms' });
    figures.push({ name: 'db.log.p95_ms', value: round(p95(logTimes), 2), unit: 'ms' });
    figures.push({ name: 'db.log.floor_p95_ms', value: round(p95(floorTimes), 2), unit: 'ms' });

    // Aggregates and the goal projection as records grow: seed outreach straight into the
    // extension's database, under a goal set the way the dashboard sets it.
    await page.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'goal.set',
        goal: {
          chatsTarget: 50,
          deadline: '2027-06-30',
          chatsPerWeek: 4,
          actionsPerDay: 5,
          minutesPerDay: 30,
        },
      }),
    );
    let seeded = 0;
    for (const size of [1_000, 10_000, 100_000]) {
      await page.evaluate(
        async ([from, to]) => {
          const db = await new Promise<IDBDatabase>((ok, fail) => {
            const open = indexedDB.open('coffee-chat-coach');
            open.onsuccess = () => ok(open.result);
            open.onerror = () => fail(open.error);
          });
          const tx = db.transaction('outreach', 'readwrite');
          const day0 = Date.UTC(2024, 0, 1);
          for (let i = from; i < to; i++) {
            const at = day0 + Math.floor((i / to) * 1000) * 86_400_000;
            const day = new Date(at).toISOString().slice(0, 10);
            tx.objectStore('outreach').put({
              id: `seed-${i}`,
              contactId: 'seed',
              kind: 'inmail',
              channel: i % 5 ? 'inmail' : 'invitation',
              templateId: null,
              viaMutual: null,
              at,
              day,
              status: i % 7 ? 'sent' : 'chat-held',
              history: [{ status: 'sent', at, day }],
              heldOn: i % 7 ? null : day,
              note: '',
            });
          }
          await new Promise((ok, fail) => {
            tx.oncomplete = ok;
            tx.onerror = () => fail(tx.error);
          });
          db.close();
        },
        [seeded, size] as const,
      );
      seeded = size;
      const timed = (type: string) =>
        page.evaluate(async (t) => {
          const out: number[] = [];
          for (let i = 0; i < 7; i++) {
            const start = performance.now();
            const reply = (await chrome.runtime.sendMessage({ type: t })) as { ok: boolean; value: unknown };
            if (!reply.ok || reply.value === null) throw new Error(`${t} answered nothing`);
            out.push(performance.now() - start);
          }
          return out;
        }, type);
      const label = size >= 1000 ? `${size / 1000}k` : String(size);
      figures.push({
        name: `db.aggregate_${label}_ms`,
        value: round(median(await timed('today.get')), 2),
        unit: 'ms',
      });
      figures.push({
        name: `db.projection_${label}_ms`,
        value: round(median(await timed('plan.get')), 2),
        unit: 'ms',
      });
    }
  } finally {
    await browser.close();
    rmSync(dist, { recursive: true, force: true });
  }
  return figures;
}
