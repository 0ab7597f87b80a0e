// npm run bench: one JSON object per line, {"name","value","unit"}. `-- --check` exits non-zero
// when a figure breaks its budget in bench/budgets.json. Needs `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { type Figure, measureBrowser } from '../bench/measure-browser';
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

if (process.argv.includes('--check')) {
  const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Record<string, { max: number }>;
  const broken = Object.entries(budgets).filter(([name, { max }]) => {
    const figure = figures.find((f) => f.name === name);
    return !figure || !(figure.value <= max);
  });
  for (const [name, { max }] of broken) {
    console.error(
      `budget broken: ${name} = ${figures.find((f) => f.name === name)?.value ?? 'missing'} (max ${max})`,
    );
  }
  if (broken.length) process.exit(1);
  console.error(`all ${Object.keys(budgets).length} budgets met`);
}
