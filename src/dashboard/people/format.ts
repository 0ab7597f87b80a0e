import type { DayKey } from '../../model';
import { shortDay } from '../../ui/i18n';

/**
 * A day as a person says it, in the UI language: "today", "3 days ago" within the week, else
 * "12 March" ("12 March 2024" in another year), counted from the dashboard's today.
 */
export function showDay(day: DayKey, today: DayKey): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return shortDay(day, new Date(y, m - 1, d));
}
