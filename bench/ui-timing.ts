// Timing an import as the user waits for it, measured inside the dashboard page: from the file
// being chosen to the preview on screen, and from the click on Import to the result on screen.
// Playwright's own latency (sending a 15 MB file over the DevTools protocol, polling) is not in it.
import type { Page } from 'playwright-core';

// A string, so no bundler helper ends up in the page.
const WATCH = `(() => {
  const w = window;
  w.__timing = {};
  document.addEventListener('change', (e) => { if (e.target instanceof HTMLInputElement && e.target.type === 'file') w.__timing.picked = performance.now(); }, true);
  document.addEventListener('click', (e) => {
    if (e.target instanceof HTMLButtonElement && e.target.classList.contains('primary')) {
      w.__timing.clicked = performance.now();
      w.__timing.section = e.target.closest('section.card');
    }
  }, true);
  new MutationObserver(() => {
    const t = w.__timing;
    if (t.picked && !t.previewed && document.querySelector('section[aria-labelledby$="-preview-h"] button.primary')) t.previewed = performance.now();
    if (t.section && !t.finished && t.section.querySelector('.good, .error, .muted[role]')) t.finished = performance.now();
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

export interface UiTiming {
  /** File chosen → preview with the Import button. */
  previewMs: number;
  /** Import clicked → the result on screen. */
  importMs: number;
}

export async function watchImports(page: Page): Promise<void> {
  await page.evaluate(WATCH);
}

export async function timeImport(
  page: Page,
  input: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  importButton: RegExp,
): Promise<UiTiming> {
  await page.evaluate('window.__timing = {}');
  await page.setInputFiles(input, file);
  const button = page.getByRole('button', { name: importButton });
  await button.waitFor({ timeout: 300_000 });
  await button.click();
  await page.waitForFunction(
    () => (window as unknown as { __timing: { finished?: number } }).__timing.finished,
    undefined,
    { timeout: 300_000, polling: 50 },
  );
  const t = (await page.evaluate(
    '({ picked: __timing.picked, previewed: __timing.previewed, clicked: __timing.clicked, finished: __timing.finished })',
  )) as Record<string, number>;
  if (!t.picked || !t.previewed || !t.clicked || !t.finished)
    throw new Error(`timing incomplete: ${JSON.stringify(t)}`);
  return { previewMs: t.previewed - t.picked, importMs: t.finished - t.clicked };
}
