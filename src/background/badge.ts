// The toolbar icon. Globally its badge shows today's actions against the daily target ("3/5");
// on a LinkedIn profile tab a tab-specific badge shows that person's degree and the tooltip
// says both.

import type { ContactView, TodayView } from '../model';
import { browser } from '../platform/browser';
import { degreeShort } from '../ui/format';

const BEHIND = '#5b6470';
const MET = '#1f7a4d';
const DEGREE = '#0a66c2';

let lastToday: TodayView | null = null;

export function todayBadgeText(today: TodayView): string {
  return `${today.actions}/${today.actionsTarget}`;
}

function todayTitle(today: TodayView): string {
  return browser.i18n.getMessage('badgeTodayTitle', [String(today.actions), String(today.actionsTarget)]);
}

export async function showToday(today: TodayView): Promise<void> {
  lastToday = today;
  const met = today.actions >= today.actionsTarget && today.actionsTarget > 0;
  await Promise.all([
    browser.action.setBadgeText({ text: todayBadgeText(today) }),
    browser.action.setBadgeBackgroundColor({ color: met ? MET : BEHIND }),
    browser.action.setTitle({ title: todayTitle(today) }),
  ]);
}

export async function showPerson(tabId: number, person: ContactView | null): Promise<void> {
  try {
    if (!person || person.contact.id === 'self') {
      // null restores the global badge and title for this tab.
      await browser.action.setBadgeText({ tabId, text: null as unknown as string });
      await browser.action.setTitle({ tabId, title: null as unknown as string });
      return;
    }
    const degree = degreeShort(person.contact.degree);
    const lines = [
      browser.i18n.getMessage('badgePersonTitle', [person.contact.name, degree || '—']),
      lastToday ? todayTitle(lastToday) : '',
    ].filter(Boolean);
    await browser.action.setBadgeText({ tabId, text: degree });
    await browser.action.setBadgeBackgroundColor({ tabId, color: DEGREE });
    await browser.action.setTitle({ tabId, title: lines.join('\n') });
  } catch {
    // The tab closed between the message and the badge update: nothing to show.
  }
}
