// Who may import whom, read from the code itself (docs/architecture.md draws it). Pure parts
// know nothing of the browser; shells import pure parts and the thin platform and ui layers;
// only the background reaches the database; no file imports itself back through a circle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

interface Edge {
  from: string;
  to: string;
}

const sources = files(SRC);
const graph = new Map<string, string[]>();
const packages = new Map<string, string[]>();
for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  const local: string[] = [];
  const external: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? '';
    if (spec.startsWith('.')) {
      const target = resolveImport(file, spec);
      if (target) local.push(target);
    } else external.push(spec);
  }
  graph.set(file, local);
  packages.set(file, external);
}

/** The part a file belongs to: its first folder under src, or its name for a file at the root. */
function part(file: string): string {
  const [first = '', second] = relative(SRC, file).split('/');
  return second === undefined ? first.replace(/\.tsx?$/, '') : first;
}

const PURE = ['model', 'linkedin', 'coach', 'templates', 'importers', 'compose', 'messages'];
const SHELLS = ['background', 'content', 'popup', 'dashboard', 'sidepanel'];
/** What each part may import besides itself. */
const ALLOWED: Record<string, string[]> = {
  model: [],
  ...Object.fromEntries(PURE.filter((p) => p !== 'model').map((p) => [p, PURE])),
  platform: PURE,
  ui: [...PURE, 'platform'],
  db: ['model', 'coach'],
  background: [...PURE, 'platform', 'ui', 'db'],
  ...Object.fromEntries(
    SHELLS.filter((s) => s !== 'background').map((s) => [s, [...PURE, 'platform', 'ui']]),
  ),
};

const edges: Edge[] = [...graph].flatMap(([from, tos]) => tos.map((to) => ({ from, to })));
const show = (edge: Edge) => `${relative(SRC, edge.from)} → ${relative(SRC, edge.to)}`;

describe('the import graph of src/', () => {
  it('knows every part', () => {
    const unknown = [...new Set(sources.map(part))].filter((p) => !(p in ALLOWED));
    expect(unknown).toEqual([]);
  });

  it('has no import that runs back up or sideways: each part imports only the parts below it', () => {
    const wrong = edges.filter(({ from, to }) => {
      const a = part(from);
      const b = part(to);
      return a !== b && !ALLOWED[a]?.includes(b);
    });
    expect(wrong.map(show)).toEqual([]);
  });

  it('lets nothing but the background reach the database', () => {
    const reaching = edges.filter(
      ({ from, to }) => part(to) === 'db' && !['db', 'background'].includes(part(from)),
    );
    expect(reaching.map(show)).toEqual([]);
    const idb = sources.filter((f) => packages.get(f)?.includes('idb') && part(f) !== 'db');
    expect(idb.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('keeps the pure parts free of the browser: no extension API, no database, no polyfill', () => {
    const impure = sources
      .filter((f) => PURE.includes(part(f)))
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return (
          /\b(browser|chrome)\.(runtime|tabs|storage|action|i18n|alarms)\b/.test(text) ||
          /\bindexedDB\b/.test(text) ||
          packages.get(f)?.some((p) => p === 'webextension-polyfill' || p === 'idb')
        );
      });
    expect(impure.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('has no import circles', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') {
          circles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(SRC, f)).join(' → '));
        } else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of sources) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });
});
