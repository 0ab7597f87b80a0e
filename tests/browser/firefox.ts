// Real Firefox ESR (Debian's) driven over WebDriver BiDi by puppeteer-core. Playwright's Firefox
// needs a patched build that cannot be had here. LinkedIn URLs reach a local HTTPS server (a
// throwaway self-signed certificate, `network.dns.forceResolve` pointing www.linkedin.com at
// loopback), so the content script runs on https://www.linkedin.com/… as in real life.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../build/manifest';
import { firefoxPath } from './launch';

export const FIREFOX_DIST = resolve('dist/firefox');

interface BidiSend {
  send(
    method: 'browsingContext.getTree',
    params: Record<string, unknown>,
  ): Promise<{ result: { contexts: { context: string }[] } }>;
  send(method: 'script.evaluate', params: Record<string, unknown>): Promise<{ result: { type: string } }>;
}

export interface Firefox {
  browser: Browser;
  uuid: string;
  serve: (url: string, body: string) => void;
  /** Requests that reached the local server for something that is not a fixture. */
  unexpected: string[];
  open: (url: string) => Promise<Page>;
  /** An extension page the add-on opened itself (BiDi will not navigate to moz-extension:). */
  extensionPage: (path: string) => Promise<Page>;
  /**
   * Unloads the add-on's event page, as about:debugging's "Terminate background script" does;
   * the next message starts it afresh. Needs `systemAccess`.
   */
  terminateBackground: () => Promise<void>;
  close: () => Promise<void>;
}

async function certificate(dir: string): Promise<{ key: Buffer; cert: Buffer }> {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=www.linkedin.com',
      '-addext',
      'subjectAltName=DNS:www.linkedin.com',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  return { key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')) };
}

export async function launchFirefox(
  dist = FIREFOX_DIST,
  options: {
    prefs?: Record<string, string | number | boolean>;
    /** Lets terminateBackground() reach Firefox's parent process (-remote-allow-system-access). */
    systemAccess?: boolean;
  } = {},
): Promise<Firefox> {
  const dir = await mkdtemp(join(tmpdir(), 'ccc-firefox-'));
  const pages = new Map<string, string>();
  const unexpected: string[] = [];
  const server: Server = createServer(await certificate(dir), (req, res) => {
    const url = `https://www.linkedin.com${req.url ?? '/'}`;
    const body = pages.get(url) ?? pages.get(url.split('?')[0] ?? url);
    if (!body) {
      // forceResolve sends every host here; only what was asked of LinkedIn is ours to judge.
      if (req.headers.host === 'www.linkedin.com') unexpected.push(url);
      res.writeHead(404).end('not a fixture');
      return;
    }
    res
      .writeHead(200, {
        'content-type': url.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
      })
      .end(body);
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(443, '127.0.0.1', ok));
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    args: options.systemAccess ? ['-remote-allow-system-access'] : [],
    userDataDir: join(dir, 'profile'),
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.update.enabled': false,
      // forceResolve sends every host to our server: keep Firefox's own services and favicon
      // fetches away from it, so what it sees is what pages and the add-on asked for.
      'services.settings.server': 'data:,',
      'browser.chrome.site_icons': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(dist);
  const origin = `moz-extension://${uuid}/`;
  return {
    browser,
    uuid,
    unexpected,
    serve: (url, body) => void pages.set(url, body),
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    async extensionPage(path) {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        for (const page of await browser.pages()) {
          // BiDi reports extension tabs as about:blank; ask the page itself where it is.
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(origin + path)) return page;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the add-on did not open ${path}`);
    },
    async terminateBackground() {
      if (!options.systemAccess)
        throw new Error('launchFirefox(…, { systemAccess: true }) to terminate the background');
      // Raw WebDriver BiDi: a script in the browser's own (chrome) window, which may call the
      // same DevTools helper about:debugging calls.
      const connection = (browser as unknown as { connection: BidiSend }).connection;
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const context = tree.result.contexts[0]?.context;
      if (!context) throw new Error('no chrome window to run in');
      const reply = await connection.send('script.evaluate', {
        expression: `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs')
          .ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(GECKO_ID)}).then(() => 'terminated')`,
        target: { context },
        awaitPromise: true,
      });
      if (reply.result.type !== 'success')
        throw new Error(`could not terminate: ${JSON.stringify(reply.result)}`);
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
