// Field schemas every record and message is built from, so a limit or a pattern is written once.
import * as v from 'valibot';
import { canonicalProfileKey, PROFILE_URL_PATTERN } from './profile-key';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const nullableText = (max: number) => v.nullable(text(max));
export const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** A moment, as milliseconds since the epoch. */
export const TimeSchema = v.pipe(v.number(), v.finite());
export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

export const DaySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day like 2026-03-01'));

/** Respelt canonically on the way in, so a backup or message from an older version lands on the same key. */
export const ProfileUrlSchema = v.pipe(
  v.string(),
  v.regex(PROFILE_URL_PATTERN),
  v.maxLength(300),
  v.transform(canonicalProfileKey),
);
