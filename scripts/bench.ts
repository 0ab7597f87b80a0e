// npm run bench: one JSON object per line, {"name","value","unit"}. `-- --check` exits non-zero
// when a figure breaks its budget in bench/budgets.json (`--ci`: see below). Needs a build.
import { existsSync, readFileSync } from 'node:fs';
import { type Figure, measureBrowser } from '../bench/measure-browser';
import { measureImports } from '../bench/measure-imports';
import { measurePageCost } from '../bench/measure-page-cost';
import { gzipBytes } from '../bench/sizes';

const root = 'dist/chrome';
if (!existsSync(`${root}/manifest.json`)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const figures: Figure[] = [];
const emit = (figure: Figure) => {
  figures.push(figure);
  console.log(JSON.stringify(figure));
};

const manifest = JSON.parse(readFileSync(`${root}/manifest.json`, 'utf8'));
const bundles: Record<string, string> = {
  content: manifest.content_scripts[0].js[0],
  popup: manifest.action.default_popup,
  dashboard: manifest.options_ui.page,
  background: manifest.background.service_worker,
};
for (const [name, entry] of Object.entries(bundles)) {
  const size = gzipBytes(root, entry);
  emit({ name: `bundle.${name}.gzip_bytes`, value: size.gzip, unit: 'bytes' });
  emit({ name: `bundle.${name}.raw_bytes`, value: size.raw, unit: 'bytes' });
}
for (const figure of await measureBrowser()) emit(figure);
for (const figure of await measurePageCost()) emit(figure);
for (const figure of await measureImports()) emit(figure);

if (process.argv.includes('--check')) {
  // `--check` fails on any broken budget. `--check --ci` reports the budgets marked
  // "machineBound" (timings that track the machine's own floor) without failing on them, so a
  // slow shared CI machine cannot hide the budgets our code controls behind a flaky red.
  const ci = process.argv.includes('--ci');
  const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Record<
    string,
    { max: number; machineBound?: string }
  >;
  let failed = 0;
  for (const [name, { max, machineBound }] of Object.entries(budgets)) {
    const value = figures.find((f) => f.name === name)?.value;
    if (value !== undefined && value <= max) continue;
    const line = `budget broken: ${name} = ${value ?? 'missing'} (max ${max})`;
    if (ci && machineBound && value !== undefined) {
      console.error(`${line}; reported, not failed: ${machineBound}`);
    } else {
      console.error(line);
      failed++;
    }
  }
  if (failed) process.exit(1);
  console.error(`budgets checked: ${Object.keys(budgets).length}, failed: 0`);
}
