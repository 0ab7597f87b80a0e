// What the content script costs the LinkedIn page it runs on: script time and heap on a profile
// page with the extension, minus the same page without it, in the same run (CDP
// Performance.getMetrics, after a garbage collection). The median of several loads of each.
import { chromium } from 'playwright-core';
import { type Chromium, launchChromium } from '../tests/browser/chromium';
import { DANA, serveDemo } from '../tests/browser/demo-pages';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/launch';
import type { Figure } from './measure-browser';

const LOADS = 7;
/** After the page settled: the badge drawn (with the extension), or the same wait without. */
const SETTLE_MS = 1200;

interface Cost {
  scriptMs: number;
  heapMb: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

type Opener = Pick<Chromium, 'open'>;

async function loadCost(browser: Opener, withExtension: boolean): Promise<Cost> {
  const page = await browser.open(DANA);
  if (withExtension) await page.waitForSelector('#coffee-chat-coach-badge', { timeout: 15_000 });
  await page.waitForTimeout(SETTLE_MS);
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  await page.close();
  return { scriptMs: value('ScriptDuration') * 1000, heapMb: value('JSHeapUsedSize') / 1_048_576 };
}

async function withoutExtension(): Promise<Opener & { close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const pages = new Map<string, string>();
  await serveDemo({ serve: (url, body) => void pages.set(url, body) });
  await context.route('**/*', (route) => {
    const url = route.request().url().split('#')[0] ?? '';
    const body = pages.get(url) ?? pages.get(url.split('?')[0] ?? url);
    if (!body) return route.abort();
    return route.fulfill({
      status: 200,
      contentType: url.endsWith('.js') ? 'text/javascript' : 'text/html',
      body,
    });
  });
  return {
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    close: () => browser.close(),
  };
}

export async function measurePageCost(): Promise<Figure[]> {
  const plain = await withoutExtension();
  const extended = await launchChromium();
  await serveDemo(extended);
  try {
    const base: Cost[] = [];
    const ours: Cost[] = [];
    // Interleaved, so a busy moment of the machine falls on both sides alike.
    for (let i = 0; i < LOADS; i++) {
      base.push(await loadCost(plain, false));
      ours.push(await loadCost(extended, true));
    }
    const script = median(ours.map((c) => c.scriptMs)) - median(base.map((c) => c.scriptMs));
    const heap = median(ours.map((c) => c.heapMb)) - median(base.map((c) => c.heapMb));
    return [
      { name: 'content.page_script_ms', value: Math.round(script * 100) / 100, unit: 'ms' },
      { name: 'content.page_heap_mb', value: Math.round(heap * 1000) / 1000, unit: 'MB' },
      {
        name: 'content.page_script.without_ms',
        value: Math.round(median(base.map((c) => c.scriptMs)) * 100) / 100,
        unit: 'ms',
      },
    ];
  } finally {
    await extended.close();
    await plain.close();
  }
}
