// npm run demo: Chromium with the built extension on a bundled LinkedIn look-alike profile, no
// account and no network needed. `npm run demo -- --headless [--out dir]` saves screenshots.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CHROME_DIST, launchChromium, tabIdOf } from '../tests/browser/chromium';
import { DANA, serveDemo } from '../tests/browser/demo-pages';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const out = resolve(
  args[args.indexOf('--out') + 1] && args.includes('--out')
    ? (args[args.indexOf('--out') + 1] as string)
    : 'demo-screenshots',
);

if (!existsSync(`${CHROME_DIST}/manifest.json`)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const browser = await launchChromium(CHROME_DIST, { headless });
await serveDemo(browser);
const page = await browser.open(DANA);
await page.waitForSelector('#coffee-chat-coach-badge', { timeout: 10_000 });
if (!headless) {
  console.log(
    'Chromium is open on a demo profile. Click the extension icon (puzzle menu) to open the composer. Close the window to end.',
  );
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  process.exit(0);
}
await mkdir(out, { recursive: true });
await page.screenshot({ path: `${out}/profile-with-badge.png` });
const popup = await browser.extensionPage(`src/popup/index.html?tab=${await tabIdOf(browser.worker, DANA)}`);
await popup.setViewportSize({ width: 400, height: 640 });
await popup.waitForSelector('#person-name');
await popup.screenshot({ path: `${out}/popup.png` });
const dashboard = await browser.extensionPage('src/dashboard/index.html');
await dashboard.waitForLoadState('networkidle');
await dashboard.screenshot({ path: `${out}/dashboard.png`, fullPage: true });
await browser.close();
console.log(`Screenshots saved in ${out}`);
