import type { Chromium } from './chromium';
import { fixture } from './chromium';

export const DANA = 'https://www.linkedin.com/in/dana-whitfield-demo/';
export const SAM = 'https://www.linkedin.com/in/sam-okafor-demo/';

/** The demo app: two people on one single-page LinkedIn look-alike. */
export async function serveDemo(browser: Pick<Chromium, 'serve'>): Promise<void> {
  const [page, script] = await Promise.all([fixture('demo/profile.html'), fixture('demo/app.js')]);
  browser.serve(DANA, page);
  browser.serve(SAM, page);
  browser.serve('https://www.linkedin.com/demo/app.js', script);
}
