// Bundle sizes as the browser loads them: an entry file plus every chunk it imports, gzipped.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

function closure(root: string, entry: string, seen = new Set<string>()): Set<string> {
  const file = normalize(join(root, entry));
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const refs = file.endsWith('.html')
    ? [...code.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string)
    : [...code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.(?:js|css))["']/g)].map((m) => m[1] as string);
  for (const ref of refs) {
    const path = ref.startsWith('/') ? ref.slice(1) : join(dirname(file).slice(normalize(root).length), ref);
    closure(root, path, seen);
  }
  return seen;
}

export function gzipBytes(root: string, entry: string): { raw: number; gzip: number; files: number } {
  const files = [...closure(root, entry)].filter((f) => !f.endsWith('.html'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip, files: files.length };
}
