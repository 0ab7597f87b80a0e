// Service worker (Chrome) / event page (Firefox). Wires the database, the message router and the
// toolbar badge. No state lives only in memory: MV3 may stop this worker at any moment.
import '../platform/polyfill';
import { openDatabase } from '../db/open';
import { getSettings } from '../db/singletons';
import type { Words } from '../model';
import { browser, type Runtime } from '../platform/browser';
import { announceChange } from '../platform/changes';
import { mirrorSettings } from '../platform/page-settings';
import { openSidePanel } from '../platform/tab';
import { CONTENT_WORDS } from '../ui/content-words';
import { wordTemplates } from '../ui/i18n';
import { onAlarm, onNotificationClicked, scheduleAlarms } from './alarms';
import { showPerson, showToday } from './badge';
import { createImportJobs } from './data-handlers';
import { createHandlers, todayView } from './handlers';
import { serveJobPort } from './jobs';
import type { Ports } from './ports';
import { route } from './router';

/** The side panel follows the tab's in-app navigation; nobody listening is fine. */
function tabChanged(tabId: number): void {
  browser.runtime.sendMessage({ type: 'tab.changed', tabId }).catch(() => {});
}

const ports: Ports = {
  db: openDatabase,
  now: () => Date.now(),
  todayChanged: (today) => void showToday(today),
  tabPerson: (tabId, person) => {
    void showPerson(tabId, person);
    tabChanged(tabId);
  },
  tabChanged,
  refresh: () => refreshToday(),
  settingsChanged: (settings) => void mirrorSettings(settings),
  // Settings can change by a restored backup too: the page's copy follows any change.
  // Survives the worker stopping between a page's notice and the user's click on it.
  memory: {
    get: async <T>(key: string) => (await browser.storage.session.get(key))[key] as T | undefined,
    set: (key, value) => browser.storage.session.set({ [key]: value }),
    remove: (key) => browser.storage.session.remove(key),
  },
  dataChanged: () =>
    void (async () => {
      await mirrorSettings(await getSettings(await openDatabase()));
      await announceChange(Date.now());
    })(),
  language: () => browser.i18n.getUILanguage(),
  contentWords: () => wordTemplates(CONTENT_WORDS),
};
const handlers = createHandlers(ports);
const jobs = createImportJobs(ports);

const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

/** Refusals and errors are answered in the browser's UI language (locales/<lang>/errors.json). */
const words: Words = {
  message: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
  get locale() {
    return browser.i18n.getUILanguage();
  },
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender, self, handlers, undefined, words),
);
// Imports run over a port: progress back to the page, and a cancel from it.
browser.runtime.onConnect.addListener((port) => serveJobPort(port, self, handlers, jobs));

async function refreshToday(): Promise<void> {
  await showToday(await todayView(await openDatabase(), Date.now()));
}

async function start(): Promise<void> {
  await refreshToday();
  await scheduleAlarms();
  await mirrorSettings(await getSettings(await openDatabase()));
}

browser.alarms.onAlarm.addListener(onAlarm(openDatabase, refreshToday));
// The shortcut for the side panel: a command counts as the user's gesture, which opening needs.
browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
  if (command === 'open-side-panel') void openSidePanel(tab?.id ?? null).catch(() => {});
});
browser.notifications?.onClicked.addListener(onNotificationClicked);

browser.runtime.onInstalled.addListener((details) => {
  void start();
  // First run: the dashboard greets the user with the plan wizard.
  if (details.reason === 'install')
    void browser.tabs.create({ url: browser.runtime.getURL('src/dashboard/index.html') });
});
browser.runtime.onStartup.addListener(() => void start());
void refreshToday();
