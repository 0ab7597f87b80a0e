// Field schemas every record and message is built from, so a limit or a pattern is written once.
import * as v from 'valibot';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const nullableText = (max: number) => v.nullable(text(max));
export const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** A moment, as milliseconds since the epoch. */
export const TimeSchema = v.pipe(v.number(), v.finite());
export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

export const DaySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day like 2026-03-01'));

/** Canonical `https://www.linkedin.com/in/<slug>/`: the one key of a LinkedIn person. */
export const PROFILE_URL_PATTERN = /^https:\/\/www\.linkedin\.com\/in\/[^/?#]+\/$/;
export const ProfileUrlSchema = v.pipe(v.string(), v.regex(PROFILE_URL_PATTERN), v.maxLength(300));
