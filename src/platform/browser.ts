// The one door to the WebExtension API. The polyfill throws when loaded outside an extension,
// so everything else imports `browser` from here and unit tests mock this module.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };
