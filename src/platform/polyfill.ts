// Extension pages and the background: the promise-based `browser` namespace in Chrome too
// (Firefox has it natively; the polyfill then hands back the browser's own).
import polyfill from 'webextension-polyfill';

const global = globalThis as { browser?: unknown };
global.browser ??= polyfill;
