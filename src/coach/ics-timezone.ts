// Wall-clock time in an IANA zone and the VTIMEZONE that describes it, from Intl alone: the
// extension ships no time-zone database, and the browser's ICU data is the same one the
// user's calendar shows. Offsets are found by formatting instants in the zone; transitions by
// probing a day at a time and then bisecting to the second.

const SECOND = 1000;
const DAY = 86_400_000;

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface Transition {
  /** The instant the new offset starts (ms since the epoch). */
  at: number;
  /** Offsets east of UTC in ms, before and after. */
  from: number;
  to: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // hourCycle h23: some ICU versions write midnight as "24" with hour12: false.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Throws a RangeError for a name Intl does not know, before anything is written. */
export function assertTimeZone(timeZone: string): void {
  if (!/^[A-Za-z0-9_+\-/]+$/.test(timeZone)) throw new RangeError(`Not a time zone: ${timeZone}`);
  formatter(timeZone);
}

export function wallTimeAt(timeZone: string, ms: number): WallTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The wall time read as if it were UTC: a zone-free number to compare and subtract. */
export function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Offset east of UTC, in ms, in effect at the instant. */
export function offsetAt(timeZone: string, ms: number): number {
  const whole = Math.floor(ms / SECOND) * SECOND;
  return wallAsUtc(wallTimeAt(timeZone, whole)) - whole;
}

/** The instants that show this wall time: none in a spring-forward gap, two in the repeated hour. */
export function occurrencesOf(timeZone: string, wall: WallTime): number[] {
  const local = wallAsUtc(wall);
  // A day either side sees the offsets before and after any single change around this time.
  const offsets = new Set([offsetAt(timeZone, local - DAY), offsetAt(timeZone, local + DAY)]);
  return [...offsets]
    .map((offset) => local - offset)
    .filter((instant) => wallAsUtc(wallTimeAt(timeZone, instant)) === local)
    .sort((a, b) => a - b);
}

/**
 * The instant a wall time names, by RFC 5545's rule (§3.3.5): a time that occurs twice (the
 * hour repeated when clocks go back) is its first occurrence; a time skipped when clocks go
 * forward is read with the offset before the gap, so 02:30 becomes 03:30.
 */
export function instantOf(timeZone: string, wall: WallTime): number {
  return occurrencesOf(timeZone, wall)[0] ?? wallAsUtc(wall) - offsetAt(timeZone, wallAsUtc(wall) - DAY);
}

function bisect(timeZone: string, lo: number, hi: number): Transition {
  const from = offsetAt(timeZone, lo);
  while (hi - lo > SECOND) {
    const mid = Math.floor((lo + hi) / 2 / SECOND) * SECOND;
    if (offsetAt(timeZone, mid) === from) lo = mid;
    else hi = mid;
  }
  return { at: hi, from, to: offsetAt(timeZone, hi) };
}

/** Every offset change in [start, end), probing once a day (no zone changes twice in a day). */
export function transitionsBetween(timeZone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  let previous = offsetAt(timeZone, start);
  for (let probe = start + DAY; probe < end + DAY; probe += DAY) {
    const at = Math.min(probe, end);
    const offset = offsetAt(timeZone, at);
    if (offset !== previous) {
      const transition = bisect(timeZone, at - DAY, at);
      if (transition.at < end) found.push(transition);
      previous = offset;
    }
  }
  return found;
}

export type TimeZonePart = { kind: 'STANDARD' | 'DAYLIGHT' } & Transition;

/**
 * The transitions a calendar needs to place any time of `year`: those inside it, plus the
 * last one before it and the first one after (looked for up to a year out). A zone that did
 * not change in that window gets one STANDARD part with its fixed offset.
 */
export function timeZoneParts(timeZone: string, year: number): TimeZonePart[] {
  const yearStart = Date.UTC(year, 0, 1) - DAY;
  const yearEnd = Date.UTC(year + 1, 0, 1) + DAY;
  const all = transitionsBetween(timeZone, Date.UTC(year - 1, 0, 1), Date.UTC(year + 2, 0, 1));
  const before = all.filter((t) => t.at < yearStart).at(-1);
  const inside = all.filter((t) => t.at >= yearStart && t.at < yearEnd);
  const after = all.find((t) => t.at >= yearEnd);
  const chosen = [...(before ? [before] : []), ...inside, ...(after ? [after] : [])];
  const parts: TimeZonePart[] = chosen.map((t) => ({ kind: t.to > t.from ? 'DAYLIGHT' : 'STANDARD', ...t }));
  if (!before) {
    // Nothing earlier in the window: state the offset in force from 1970 up to the first change.
    const offset = chosen[0]?.from ?? offsetAt(timeZone, yearStart);
    parts.unshift({ kind: 'STANDARD', at: -offset, from: offset, to: offset });
  }
  return parts;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `+0530`, `-0500`, `+0000` (RFC 5545 forbids `-0000`); seconds only when there are any. */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.abs(Math.round(offsetMs / SECOND));
  const seconds = total % 60;
  const text = `${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}`;
  return `${sign}${text}${seconds ? pad(seconds) : ''}`;
}

/** `20261208T180000`: a wall time as an iCalendar DATE-TIME without zone designator. */
export function formatWall(wall: WallTime): string {
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
}

function utcWall(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** `20261201T101500Z`. */
export function formatUtc(ms: number): string {
  return `${formatWall(utcWall(Math.floor(ms / SECOND) * SECOND))}Z`;
}

/** The VTIMEZONE component's lines for the zone around `year`. */
export function vtimezoneLines(timeZone: string, year: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const part of timeZoneParts(timeZone, year)) {
    lines.push(
      `BEGIN:${part.kind}`,
      // A part's DTSTART is the local time just before the change, on the old offset.
      `DTSTART:${formatWall(utcWall(part.at + part.from))}`,
      `TZOFFSETFROM:${formatOffset(part.from)}`,
      `TZOFFSETTO:${formatOffset(part.to)}`,
      `END:${part.kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
