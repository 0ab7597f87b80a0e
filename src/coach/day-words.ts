// Days in words, the language's way: "12 March", "today", "3 days ago". Apart from the coach's
// message table so the content script (badges on every LinkedIn page) can word a day without
// carrying the English coaching text.
import { isCalendarDay } from '../model/calendar-day';
import { dateTimeFormat, relativeTimeFormat } from '../model/intl';
import type { DayKey } from '../model/vocabulary';
import { daysBetween } from './days';

// The product copy writes day before month ("12 March"), which reads unambiguously
// everywhere; plain 'en' would give the US order. A caller wanting that passes 'en-US'.
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : locale);

/**
 * "12 March", or "12 March 2027" when not in the current year (the year of `today`). A stored
 * text that is no calendar day is shown as it is, never rolled over to another day.
 */
export function formatDay(day: string, today: string, locale = 'en'): string {
  if (!isCalendarDay(day)) return day;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return dateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "today", "yesterday", "3 days ago" within the week; else "12 March". */
export function relativeDay(day: DayKey, today: DayKey, locale = 'en'): string {
  const ago = daysBetween(day, today);
  if (ago >= 0 && ago < 7) {
    return relativeTimeFormat(intlLocale(locale), { numeric: 'auto' }).format(-ago, 'day');
  }
  return formatDay(day, today, locale);
}
