// Dates and shares as the Progress charts print them, in the browser's UI language.
import { addDays, type Weekday } from '../../coach/days';
import { type DayKey, dateTimeFormat, isCalendarDay, numberFormat } from '../../model';
import { uiLanguage } from '../../ui/i18n';

// Day before month ("12 Oct") reads unambiguously; plain English would give the US order.
const locale = (): string => {
  const lang = uiLanguage();
  return lang === 'en' ? 'en-GB' : lang;
};

const utc = (day: DayKey): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/** A stored text that is no calendar day is shown as it is: a label never throws. */
const formatUtc = (day: DayKey, options: Intl.DateTimeFormatOptions): string =>
  isCalendarDay(day) ? dateTimeFormat(locale(), { ...options, timeZone: 'UTC' }).format(utc(day)) : day;

/** "12 Oct". */
export const shortDay = (day: DayKey): string => formatUtc(day, { day: 'numeric', month: 'short' });
/** "Oct". */
export const monthName = (day: DayKey): string => formatUtc(day, { month: 'short' });

/** "Mon" for a row of the heatmap: 31 Dec 2023 was a Sunday, weekday 0. */
export function weekdayName(row: number, weekStartsOn: Weekday = 1): string {
  return formatUtc(addDays('2023-12-31', weekStartsOn + row), { weekday: 'short' });
}

export const percent = (share: number): string =>
  numberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
