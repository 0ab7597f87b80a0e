import { formatDay } from '../../coach/messages';
import type { DayKey } from '../../model';
import { coachLocale } from '../../ui/coach-text';

/** "12 March" (or "12 March 2024" in another year), in the browser's language. */
export function showDay(day: DayKey, today: DayKey): string {
  return formatDay(day, today, coachLocale());
}
