// "Add to calendar" for a scheduled coffee chat: the text of one .ics file (RFC 5545) that
// every calendar app imports — one VEVENT on the user's wall-clock time, the VTIMEZONE that
// defines that time, and a reminder. Pure: the caller offers the text as a download.

import type { DayKey } from '../model';
import { isValidDay } from './days';
import { escapeText, joinContentLines } from './ics-text';
import {
  assertTimeZone,
  formatUtc,
  formatWall,
  instantOf,
  occurrencesOf,
  vtimezoneLines,
  type WallTime,
  wallTimeAt,
} from './ics-timezone';

const MINUTE = 60_000;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface ChatEventInput {
  /** Stable per chat (the outreach id): importing the file again updates the same event. */
  uid: string;
  /** Wall-clock start in `timeZone`: the day and `HH:MM` (24-hour). */
  start: { day: DayKey; time: string };
  /** IANA name; the runtime's own zone when left out. */
  timeZone?: string;
  durationMinutes?: number;
  /** "Coffee chat with Dana Reyes", already in the user's language. */
  summary: string;
  /** A place ("Café Einstein, Unter den Linden 42") or a video-call link. */
  where?: string | null;
  /** A short note, e.g. what to prepare. */
  description?: string | null;
  /** Minutes before the start for the reminder; null for none. */
  alarmMinutesBefore?: number | null;
  /** When the file is made (DTSTAMP), so the output depends on the input only. */
  now: number;
}

export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The first http(s) link in the text ("Zoom: https://…" too), normalised; null if none. */
function linkIn(where: string): string | null {
  const found = /https?:\/\/[^\s<>"]+/i.exec(where)?.[0].replace(/[.,;:!?)\]]+$/, '');
  if (!found) return null;
  try {
    return new URL(found).href;
  } catch {
    return null;
  }
}

function wallOf(start: ChatEventInput['start']): WallTime {
  const time = TIME_RE.exec(start.time);
  if (!isValidDay(start.day) || !time) {
    throw new RangeError(`Not a day and time: ${JSON.stringify(start)}`);
  }
  const [year, month, day] = start.day.split('-').map(Number) as [number, number, number];
  return { year, month, day, hour: Number(time[1]), minute: Number(time[2]), second: 0 };
}

function wholeMinutes(value: number, name: string, min: number): number {
  if (!Number.isInteger(value) || value < min || value > 7 * 24 * 60) {
    throw new RangeError(`${name} must be whole minutes: ${value}`);
  }
  return value;
}

/**
 * DATE-TIME in the zone, except for a time in the hour repeated when clocks go back: RFC 5545
 * says such a time means its first occurrence, but parsers disagree (ical.js takes the
 * second), so that instant is written in UTC, which every calendar reads the same way.
 */
function dateTime(name: string, timeZone: string, instant: number): string {
  const wall = wallTimeAt(timeZone, instant);
  return occurrencesOf(timeZone, wall).length === 1
    ? `${name};TZID=${timeZone}:${formatWall(wall)}`
    : `${name}:${formatUtc(instant)}`;
}

/** UIDs should be globally unique: a bare id gets this app's suffix so it cannot collide. */
function globalUid(uid: string): string {
  const trimmed = uid.trim();
  if (!trimmed) throw new RangeError('A calendar event needs a uid');
  return trimmed.includes('@') ? trimmed : `${trimmed}@coffee-chat-coach`;
}

/** The .ics text (CRLF lines, folded at 75 octets) for one coffee chat. */
export function chatIcs(input: ChatEventInput): string {
  const timeZone = input.timeZone ?? runtimeTimeZone();
  assertTimeZone(timeZone);
  const wall = wallOf(input.start);
  const duration = wholeMinutes(input.durationMinutes ?? 30, 'durationMinutes', 1);
  const alarm = input.alarmMinutesBefore === undefined ? 15 : input.alarmMinutesBefore;
  const start = instantOf(timeZone, wall);
  const end = start + duration * MINUTE;

  const where = input.where?.trim() ?? '';
  const link = linkIn(where);
  const description = input.description?.trim() ?? '';
  // Google Calendar ignores URL and Outlook hides it, so a link also goes where people look:
  // LOCATION (as written, clickable in most apps) and the last line of the description.
  const fullDescription = [description, link ?? ''].filter(Boolean).join('\n\n');

  const event = [
    'BEGIN:VEVENT',
    `UID:${escapeText(globalUid(input.uid))}`,
    `DTSTAMP:${formatUtc(input.now)}`,
    dateTime('DTSTART', timeZone, start),
    dateTime('DTEND', timeZone, end),
    `SUMMARY:${escapeText(input.summary.trim())}`,
    ...(where ? [`LOCATION:${escapeText(where)}`] : []),
    ...(link ? [`URL:${link}`] : []),
    ...(fullDescription ? [`DESCRIPTION:${escapeText(fullDescription)}`] : []),
    ...(alarm === null ? [] : alarmLines(wholeMinutes(alarm, 'alarmMinutesBefore', 0), input.summary)),
    'END:VEVENT',
  ];
  return joinContentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coffee Chat Coach//Coffee chat//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezoneLines(timeZone, wall.year),
    ...event,
    'END:VCALENDAR',
  ]);
}

function alarmLines(minutesBefore: number, summary: string): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    minutesBefore === 0 ? 'TRIGGER:PT0M' : `TRIGGER:-PT${minutesBefore}M`,
    `DESCRIPTION:${escapeText(summary.trim())}`,
    'END:VALARM',
  ];
}

// Letters NFKD does not take apart into a base letter and a mark.
const ASCII_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (letter) => ASCII_LETTERS[letter] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `coffee-chat-dana-reyes-2026-12-08.ics`: ASCII letters, digits and hyphens only, so no
 * download dialog, file system or mail client trips on it. A name with no Latin letters
 * leaves just the prefix and the day.
 */
export function chatIcsFileName(personName: string, day: DayKey, prefix = 'coffee-chat'): string {
  if (!isValidDay(day)) throw new RangeError(`Not a calendar day: ${JSON.stringify(day)}`);
  const name = slug(personName).slice(0, 40).replace(/-+$/, '');
  return `${[slug(prefix) || 'coffee-chat', name, day].filter(Boolean).join('-')}.ics`;
}
