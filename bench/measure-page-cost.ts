// What the content script costs the LinkedIn page it runs on: script time and heap on a profile
// page with the extension, minus the same page in the same Chromium without it, in the same run
// (CDP Performance.getMetrics, enabled before the navigation: script time as it stands, heap
// after a garbage collection, which would itself count as script time if taken first). The
// median of several loads of each, interleaved so a busy moment of the machine falls on all.
// A third browser runs the same extension with a content script that only draws a badge: the
// isolated world Chromium makes for any content script costs the page heap of its own (about
// 1.4 MB here, whatever the script does), and the difference to it is what our code adds.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium';
import { DANA, serveDemo } from '../tests/browser/demo-pages';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/launch';
import type { Figure } from './measure-browser';

const LOADS = 15;
/** After the page settled (the badge drawn, with the extension): LinkedIn's own scripts are done. */
const SETTLE_MS = 600;

interface Cost {
  scriptMs: number;
  heapMb: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function loadCost(context: BrowserContext, withExtension: boolean): Promise<Cost> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(DANA);
  if (withExtension) await page.waitForSelector('#coffee-chat-coach-badge', { timeout: 15_000 });
  await page.waitForTimeout(SETTLE_MS);
  const metric = async (name: string): Promise<number> => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  };
  // Script time before the forced collection (which would count as script), heap after it.
  const scriptMs = (await metric('ScriptDuration')) * 1000;
  await session.send('HeapProfiler.collectGarbage');
  const heapMb = (await metric('JSHeapUsedSize')) / 1_048_576;
  await page.close();
  return { scriptMs, heapMb };
}

/** The same Chromium, flags and window as the tests', with no extension at all. */
async function withoutExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'ccc-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-extensions'],
    viewport: { width: 1280, height: 900 },
  });
  const pages = new Map<string, string>();
  await serveDemo({ serve: (url, body) => void pages.set(url, body) });
  await context.route('**/*', (route) => {
    const url = route.request().url().split('#')[0] ?? '';
    const body = pages.get(url) ?? pages.get(url.split('?')[0] ?? url);
    if (!body) return route.abort();
    const type = url.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    return route.fulfill({ status: 200, contentType: type, body });
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The built extension with a content script that draws a bare badge and does nothing else. */
async function emptyContentScript(dist: string): Promise<{ dist: string; close(): Promise<void> }> {
  const copy = await mkdtemp(join(tmpdir(), 'ccc-bench-empty-'));
  await cp(dist, copy, { recursive: true });
  await writeFile(
    join(copy, 'src/content/index.js'),
    "const b=document.createElement('div');b.id='coffee-chat-coach-badge';b.textContent='2nd';document.body.append(b);\n",
  );
  return { dist: copy, close: () => rm(copy, { recursive: true, force: true }) };
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export async function measurePageCost(dist = resolve('dist/chrome')): Promise<Figure[]> {
  const plain = await withoutExtension();
  const extended = await launchChromium(dist);
  const emptyDist = await emptyContentScript(dist);
  const empty = await launchChromium(emptyDist.dist);
  await serveDemo(extended);
  await serveDemo(empty);
  try {
    const base: Cost[] = [];
    const ours: Cost[] = [];
    const bare: Cost[] = [];
    // One load of each first, unmeasured: the first navigation of a profile pays for the
    // browser's own warm-up (code caches, fonts), on every side.
    await loadCost(plain.context, false);
    await loadCost(extended.context, true);
    await loadCost(empty.context, true);
    for (let i = 0; i < LOADS; i++) {
      base.push(await loadCost(plain.context, false));
      ours.push(await loadCost(extended.context, true));
      bare.push(await loadCost(empty.context, true));
    }
    const baseScript = median(base.map((c) => c.scriptMs));
    const baseHeap = median(base.map((c) => c.heapMb));
    const oursScript = median(ours.map((c) => c.scriptMs));
    const oursHeap = median(ours.map((c) => c.heapMb));
    return [
      {
        name: 'content.page_script_ms',
        value: round(oursScript - baseScript, 2),
        unit: 'ms',
      },
      {
        name: 'content.page_heap_mb',
        value: round(oursHeap - baseHeap, 3),
        unit: 'MB',
      },
      {
        name: 'content.page_script.over_empty_ms',
        value: round(oursScript - median(bare.map((c) => c.scriptMs)), 2),
        unit: 'ms',
      },
      {
        name: 'content.page_heap.over_empty_mb',
        value: round(oursHeap - median(bare.map((c) => c.heapMb)), 3),
        unit: 'MB',
      },
      { name: 'content.page_script.without_ms', value: round(baseScript, 2), unit: 'ms' },
      { name: 'content.page_heap.without_mb', value: round(baseHeap, 3), unit: 'MB' },
    ];
  } finally {
    await empty.close();
    await emptyDist.close();
    await extended.close();
    await plain.close();
  }
}
