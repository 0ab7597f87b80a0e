// Service worker (Chrome) / event page (Firefox). Wires the database, the message router and the
// toolbar badge. No state lives only in memory: MV3 may stop this worker at any moment.
import { openDatabase } from '../db/open';
import { getSettings } from '../db/singletons';
import type { Words } from '../model';
import { browser, type Runtime } from '../platform/browser';
import { announceChange } from '../platform/changes';
import { mirrorSettings } from '../platform/page-settings';
import { onAlarm, onNotificationClicked, scheduleAlarms } from './alarms';
import { showPerson, showToday } from './badge';
import { createHandlers, todayView } from './handlers';
import { route } from './router';

const handlers = createHandlers({
  db: openDatabase,
  now: () => Date.now(),
  todayChanged: (today) => void showToday(today),
  tabPerson: (tabId, person) => void showPerson(tabId, person),
  refresh: () => refreshToday(),
  settingsChanged: (settings) => void mirrorSettings(settings),
  // Settings can change by a restored backup too: the page's copy follows any change.
  dataChanged: () =>
    void (async () => {
      await mirrorSettings(await getSettings(await openDatabase()));
      await announceChange(Date.now());
    })(),
  language: () => browser.i18n.getUILanguage(),
});

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

async function refreshToday(): Promise<void> {
  await showToday(await todayView(await openDatabase(), Date.now()));
}

async function start(): Promise<void> {
  await refreshToday();
  await scheduleAlarms();
  await mirrorSettings(await getSettings(await openDatabase()));
}

browser.alarms.onAlarm.addListener(onAlarm(openDatabase, refreshToday));
browser.notifications?.onClicked.addListener(onNotificationClicked);

browser.runtime.onInstalled.addListener((details) => {
  void start();
  // First run: the dashboard greets the user with the plan wizard.
  if (details.reason === 'install')
    void browser.tabs.create({ url: browser.runtime.getURL('src/dashboard/index.html') });
});
browser.runtime.onStartup.addListener(() => void start());
void refreshToday();
