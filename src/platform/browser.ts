// The one door to the WebExtension API; unit tests mock this module. Extension pages and the
// background load webextension-polyfill first (platform/polyfill.ts), which gives Chrome the
// promise-based `browser` namespace; the content script does without it — it runs on every
// LinkedIn page and uses only APIs that return promises natively in MV3 Chrome and in Firefox
// (sendMessage, storage, i18n), answering messages through `sendResponse` — which keeps its
// bundle small. `browser` is looked up when used, so the polyfill may load after this module.
import type Browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';

type Global = { browser?: typeof Browser; chrome?: typeof Browser };

export const browser: typeof Browser = new Proxy({} as typeof Browser, {
  get(_target, key) {
    const global = globalThis as unknown as Global;
    const api = global.browser ?? global.chrome;
    return api ? (api as unknown as Record<string | symbol, unknown>)[key] : undefined;
  },
});
