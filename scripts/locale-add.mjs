// Maintainer helper: merges simple "key=message" lines from stdin into locales/<lang>/<part>.json.
// Usage: node scripts/locale-add.mjs en core < lines
// $1, $2 … in a message become named placeholders, as the i18n API wants.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lang = process.argv[2] ?? 'en';
const part = process.argv[3] ?? 'core';
const file = `locales/${lang}/${part}.json`;
const messages = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
for (const line of readFileSync(0, 'utf8').split('\n')) {
  const at = line.indexOf('=');
  if (at < 1) continue;
  const key = line.slice(0, at).trim();
  const text = line.slice(at + 1).trim();
  const entry = { message: text.replace(/\$(\d)/g, (_, n) => `$P${n}$`) };
  const count = new Set([...text.matchAll(/\$(\d)/g)].map((m) => m[1])).size;
  if (count)
    entry.placeholders = Object.fromEntries(
      [...Array(count)].map((_, i) => [`p${i + 1}`, { content: `$${i + 1}` }]),
    );
  messages[key] = entry;
}
writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
