// The built extension, as a store reviewer reads it: no code from strings, no Handlebars
// compiler, no remote code, minimal permissions, no web-accessible resources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_WORDS } from '../../src/ui/content-words';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const TARGETS = ['dist/chrome', 'dist/firefox'];
const CODE_FROM_STRINGS = [
  /\bnew Function\s*\(/,
  /(^|[^.\w$])eval\s*\(/,
  /unsafe-eval/,
  /setTimeout\(\s*["'`]/,
];
// Strings only the Handlebars compiler contains (the runtime and the parser have none of them).
const COMPILER = [
  'You must pass a string or Handlebars AST to Handlebars.compile',
  'JavaScriptCompiler',
  'compilerInfo = [',
];
// No way to reach the network at all: the extension makes no requests of its own.
const NETWORK = [/\bfetch\s*\(/, /XMLHttpRequest/, /WebSocket/, /sendBeacon/, /EventSource/];

/** Every script a page or a content script loads, following static and dynamic imports. */
function reachable(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [join(dist, entry)];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => join(dist, m[1] as string))
      : [...text.matchAll(/(?:from\s*|import\(\s*)["']([^"']+\.js)["']/g)].map((m) =>
          join(dirname(file), m[1] as string),
        );
    queue.push(...refs);
  }
  return [...seen];
}

describe.each(TARGETS)('%s', (dist) => {
  const code = files(dist).filter((f) => /\.(js|html)$/.test(f));

  it('contains no eval, new Function or string timers', () => {
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of CODE_FROM_STRINGS)
        expect(pattern.test(text), `${file} matches ${pattern}`).toBe(false);
    }
  });

  it('does not bundle the Handlebars compiler', () => {
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      for (const marker of COMPILER)
        expect(text.includes(marker), `${file} contains "${marker}"`).toBe(false);
    }
  });

  it('loads no remote code and has no way to make a network request', () => {
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      expect(/<script[^>]+src="https?:/.test(text), file).toBe(false);
      expect(/import\(\s*["'`]https?:/.test(text), file).toBe(false);
      for (const pattern of NETWORK) expect(pattern.test(text), `${file} matches ${pattern}`).toBe(false);
    }
  });

  it('opens the database only in the background: popup, dashboard and content script hold no IndexedDB code', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    const entries = [
      manifest.action.default_popup,
      manifest.options_ui.page,
      manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel,
      'report.js',
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
    ];
    for (const entry of entries) {
      const scripts = reachable(dist, entry).filter((f) => f.endsWith('.js'));
      expect(scripts.length, entry).toBeGreaterThan(0);
      for (const file of scripts)
        expect(readFileSync(file, 'utf8').includes('indexedDB'), `${entry}: ${file}`).toBe(false);
    }
  });

  it('the content script takes every text it names from the background, none from the whole catalogue', () => {
    const catalogue = JSON.parse(readFileSync(join(dist, '_locales/en/messages.json'), 'utf8'));
    const script = readFileSync(join(dist, 'src/content/index.js'), 'utf8');
    const literals = new Set([...script.matchAll(/[`'"](\w+)[`'"]/g)].map((m) => m[1] as string));
    const named = [...literals].flatMap((word) =>
      word in catalogue ? [word] : `${word}_one` in catalogue ? [`${word}_one`, `${word}_other`] : [],
    );
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((key) => !(CONTENT_WORDS as readonly string[]).includes(key))).toEqual([]);
    expect(CONTENT_WORDS.filter((key) => !(key in catalogue))).toEqual([]);
  });

  it('asks only for what it needs and exposes nothing to pages', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    // scripting: the page report is injected only when the user asks for one; sidePanel: Chrome's
    // side panel (Firefox's sidebar needs no permission).
    expect(manifest.permissions).toEqual(
      dist.endsWith('chrome')
        ? ['storage', 'alarms', 'scripting', 'sidePanel']
        : ['storage', 'alarms', 'scripting'],
    );
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ matches: ['https://www.linkedin.com/*'] }),
    ]);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });
});
