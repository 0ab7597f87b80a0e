// Real Chromium (Debian's) with the built extension loaded, LinkedIn URLs answered from fixture
// files by request routing, and no other network: anything else is aborted and recorded.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './launch';

export const CHROME_DIST = resolve('dist/chrome');

export interface Chromium {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests that tried to leave the machine (anything but routed linkedin.com fixtures). */
  blocked: string[];
  /** Serves `body` at `url` (a https://www.linkedin.com/… address; `.js` as script, else HTML). */
  serve: (url: string, body: string) => void;
  open: (url: string) => Promise<Page>;
  extensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

export async function fixture(path: string): Promise<string> {
  return readFile(resolve('tests/fixtures', path), 'utf8');
}

/**
 * The fixed-offset zone (Etc/GMT∓N, whose sign is inverted by POSIX convention) in which `now`
 * falls between 10:00 and 14:00 local time.
 */
export function middayZone(now: Date): string {
  const offset = 12 - now.getUTCHours(); // −11 … +12, all of them real Etc zones
  if (offset === 0) return 'Etc/GMT';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

export async function launchChromium(
  dist = CHROME_DIST,
  options: {
    headless?: boolean;
    /**
     * Chromium's UI language ('de', 'fr', 'es'…), which chrome.i18n answers in: `--lang` and, on
     * Linux, the LANGUAGE variable. Web pages see it as navigator.language too. Default: English.
     */
    lang?: string;
    /**
     * Runs the browser in a time zone where it is now about noon, so a test that reasons about
     * "today" and "an hour ago" gives the same answer when CI happens to run across midnight.
     * On unless a test says otherwise.
     */
    midday?: boolean;
  } = {},
): Promise<Chromium> {
  const profile = await mkdtemp(join(tmpdir(), 'ccc-chromium-'));
  const lang = options.lang;
  const env: Record<string, string | undefined> = { ...process.env };
  if (lang) env.LANGUAGE = lang;
  const midday = options.midday ?? true;
  if (midday) env.TZ = middayZone(new Date());
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...(lang ? [`--lang=${lang}`] : []),
    ],
    ...(lang ? { locale: lang } : {}),
    env,
    viewport: { width: 1280, height: 900 },
  });
  const pages = new Map<string, string>();
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('https://www.linkedin.com/')) {
      const key = url.split('#')[0] ?? url;
      const html = pages.get(key) ?? pages.get(key.split('?')[0] ?? key);
      const type = key.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
      if (html) return route.fulfill({ status: 200, contentType: type, body: html });
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
    }
    if (url.startsWith('data:') || url.startsWith('chrome-extension:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    blocked,
    serve: (url, body) => void pages.set(url, body),
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url`, asked of the extension itself. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url?.startsWith(wanted));
    if (!tab?.id) throw new Error(`no tab at ${wanted}`);
    return tab.id;
  }, url);
}
