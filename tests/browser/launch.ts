// Where the real browsers are and how they are started here. Debian's chromium and firefox-esr
// only: no tool may download its own browser. Under CI=true a missing browser is a failure.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];

function first(paths: (string | undefined)[]): string | null {
  return paths.find((p): p is string => Boolean(p) && existsSync(p as string)) ?? null;
}

export function chromiumPath(): string {
  const found = first([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']);
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return found;
}

export function firefoxPath(): string {
  const found = first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (!found) throw new Error('Firefox not found: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
  return found;
}
