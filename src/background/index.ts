// Service worker (Chrome) / event page (Firefox). Wires the database, the message router and the
// toolbar badge. No state lives only in memory: MV3 may stop this worker at any moment.
import { openDatabase } from '../db/open';
import { browser, type Runtime } from '../platform/browser';
import { showPerson, showToday } from './badge';
import { createHandlers, todayView } from './handlers';
import { route } from './router';

const handlers = createHandlers({
  db: openDatabase,
  now: () => Date.now(),
  todayChanged: (today) => void showToday(today),
  tabPerson: (tabId, person) => void showPerson(tabId, person),
  refresh: () => refreshToday(),
});

const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender, self, handlers),
);

async function refreshToday(): Promise<void> {
  await showToday(await todayView(await openDatabase(), Date.now()));
}

browser.runtime.onInstalled.addListener((details) => {
  void refreshToday();
  // First run: the dashboard greets the user with the plan wizard.
  if (details.reason === 'install')
    void browser.tabs.create({ url: browser.runtime.getURL('src/dashboard/index.html') });
});
browser.runtime.onStartup.addListener(() => void refreshToday());
void refreshToday();
