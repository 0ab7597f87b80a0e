// Field schemas every record and message is built from, so a limit or a pattern is written once.
import * as v from 'valibot';
import { isCalendarDay, NOT_A_DAY } from './calendar-day';
import { canonicalProfileKey, PROFILE_URL_PATTERN } from './profile-key';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const nullableText = (max: number) => v.nullable(text(max));
export const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** A moment, as milliseconds since the epoch. */
export const TimeSchema = v.pipe(v.number(), v.finite());
export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

export { daysInMonth, isCalendarDay, NOT_A_DAY, repairDay } from './calendar-day';

export const DaySchema = v.pipe(
  v.string(NOT_A_DAY),
  v.check((day: string) => isCalendarDay(day), NOT_A_DAY),
);

export { PROFILE_URL_PATTERN };
export const PROFILE_URL_MAX = 300;
/** Respelt canonically on the way in, so a backup or message from an older version lands on the same key. */
export const ProfileUrlSchema = v.pipe(
  v.string(),
  v.regex(PROFILE_URL_PATTERN),
  v.maxLength(PROFILE_URL_MAX),
  v.transform(canonicalProfileKey),
);

/** What ProfileUrlSchema accepts, checked without building an issue list (for 10,000-row imports). */
export const isProfileUrl = (url: string): boolean =>
  url.length <= PROFILE_URL_MAX && PROFILE_URL_PATTERN.test(url);
