// The plugin's generated module, imported for real: tests run the same precompiled code the
// extension ships, without Vite wiring the virtual module.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ShippedEntry } from 'virtual:shipped-templates';
import { loadShippedModule } from '../../../build/handlebars-templates';

export const TEMPLATES_DIR = resolve(import.meta.dirname, '../../../templates');

export async function importShipped(dir = TEMPLATES_DIR): Promise<ShippedEntry[]> {
  // Inside the project: Vite's test runner will not import modules from the system temp folder.
  const cache = resolve(import.meta.dirname, '../../../node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const file = join(mkdtempSync(join(cache, 'shipped-templates-')), 'shipped-templates.mjs');
  writeFileSync(file, loadShippedModule(dir));
  try {
    const module = (await import(/* @vite-ignore */ file)) as { shipped: ShippedEntry[] };
    return module.shipped;
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
}
