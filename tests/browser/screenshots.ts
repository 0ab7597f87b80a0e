import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const SHOTS_DIR = resolve('test-results/screenshots');

/** Saves a PNG for people to look at (README, review); not compared against anything. */
export async function shot(
  page: Page,
  name: string,
  options: { clip?: { x: number; y: number; width: number; height: number }; fullPage?: boolean } = {},
) {
  await mkdir(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS_DIR, `${name}.png`), ...options });
}
