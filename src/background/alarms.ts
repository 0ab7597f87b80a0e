// Time-driven work. MV3 stops idle workers, so nothing here is a timer: alarms wake the worker,
// and what they need to remember (which reminders were already shown today) lives in
// storage.local, not in memory.
//  - "day-rollover" fires just after local midnight (recomputed each time, so a time-zone or
//    DST change is picked up) and resets the toolbar's "3/5" to the new day.
//  - "reminders" runs hourly: follow-ups, thank-yous and Top 20 items that became due are shown
//    once as a notification, if the user turned reminders on and allowed notifications.
import { dayKey, msUntilNextLocalMidnight } from '../coach/days';
import { dueItems } from '../coach/followups';
import { listContacts } from '../db/collections';
import type { DB } from '../db/open';
import { listOutreach } from '../db/outreach';
import { getSettings } from '../db/singletons';
import { browser } from '../platform/browser';
import { coachText } from '../ui/coach-text';
import { t } from '../ui/i18n';

const ROLLOVER = 'day-rollover';
const REMINDERS = 'reminders';
const NOTIFIED_KEY = 'notified';

export async function scheduleAlarms(now = Date.now()): Promise<void> {
  // A second past midnight, so the new day has surely begun.
  await browser.alarms.create(ROLLOVER, { when: now + msUntilNextLocalMidnight(now) + 1000 });
  if (!(await browser.alarms.get(REMINDERS)))
    await browser.alarms.create(REMINDERS, { periodInMinutes: 60, delayInMinutes: 1 });
}

export function onAlarm(db: () => Promise<DB>, refreshToday: () => Promise<void>) {
  return async (alarm: { name: string }): Promise<void> => {
    if (alarm.name === ROLLOVER) {
      await refreshToday();
      await scheduleAlarms();
    } else if (alarm.name === REMINDERS) {
      await remind(await db());
    }
  };
}

async function remind(db: DB): Promise<void> {
  const settings = await getSettings(db);
  if (!settings.notifications || !browser.notifications) return;
  const today = dayKey(Date.now());
  const [contacts, outreach] = await Promise.all([listContacts(db), listOutreach(db, {})]);
  const due = dueItems(
    {
      today,
      contacts,
      outreach,
      followUpAfterDays: settings.followUpAfterDays,
      secondPersonAfterDays: settings.secondPersonAfterDays,
    },
    coachText(),
  ).filter((item) => item.type !== 'reconnect');
  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY] as
    | { day: string; keys: string[] }
    | undefined;
  const already = new Set(stored?.day === today ? stored.keys : []);
  const fresh = due.filter((item) => !already.has(`${item.type}:${item.contactId}`));
  if (!fresh.length) return;
  const names = fresh
    .slice(0, 3)
    .map((item) => contacts.find((c) => c.id === item.contactId)?.name ?? '')
    .filter(Boolean);
  await browser.notifications.create(`due-${today}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('notifyDueTitle', fresh.length),
    message: names.join(', '),
  });
  await browser.storage.local.set({
    [NOTIFIED_KEY]: { day: today, keys: [...already, ...fresh.map((i) => `${i.type}:${i.contactId}`)] },
  });
}

export function onNotificationClicked(): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('src/dashboard/index.html')}#people` });
}
