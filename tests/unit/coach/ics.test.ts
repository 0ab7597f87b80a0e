// The calendar file is read back with ical.js, the parser behind Thunderbird's calendar: if
// it places the chat at the right instant, so will the user's calendar app.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type ChatEventInput, chatIcs, chatIcsFileName } from '../../../src/coach/ics';
import { offsetAt, wallTimeAt } from '../../../src/coach/ics-timezone';

const now = Date.UTC(2026, 10, 22, 9, 30);

function chat(overrides: Partial<ChatEventInput> = {}): ChatEventInput {
  return {
    uid: 'outreach-42',
    start: { day: '2026-12-08', time: '18:00' },
    timeZone: 'Europe/Berlin',
    summary: 'Coffee chat with Dana Reyes',
    now,
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** Whether the clock showed the same time half an hour or an hour earlier or later. */
function occursTwice(timeZone: string, ms: number): boolean {
  if (offsetAt(timeZone, ms - 7_200_000) === offsetAt(timeZone, ms + 7_200_000)) return false;
  const shown = (at: number) => JSON.stringify(wallTimeAt(timeZone, at));
  return [1_800_000, 3_600_000].some((d) => shown(ms - d) === shown(ms) || shown(ms + d) === shown(ms));
}

function instants(input: Partial<ChatEventInput>): { start: string; end: string; zone: string } {
  const { event } = parse(chatIcs(chat(input)));
  return {
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    zone: event.startDate.zone?.tzid ?? '',
  };
}

describe('adding a coffee chat to the calendar', () => {
  it('makes one calendar with one event and its time zone, published for import', () => {
    const text = chatIcs(chat());
    const { calendar } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Coffee Chat Coach/);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(text.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
  });

  it('places a Berlin chat at the right instant in winter and in summer', () => {
    expect(instants({})).toEqual({
      start: '2026-12-08T17:00:00.000Z',
      end: '2026-12-08T17:30:00.000Z',
      zone: 'Europe/Berlin',
    });
    expect(instants({ start: { day: '2026-07-01', time: '09:15' }, durationMinutes: 45 })).toMatchObject({
      start: '2026-07-01T07:15:00.000Z',
      end: '2026-07-01T08:00:00.000Z',
    });
  });

  it('keeps a Berlin chat right on the days the clocks change', () => {
    // The day before and after spring forward: +01:00, then +02:00.
    expect(instants({ start: { day: '2026-03-28', time: '10:00' } }).start).toBe('2026-03-28T09:00:00.000Z');
    expect(instants({ start: { day: '2026-03-29', time: '10:00' } }).start).toBe('2026-03-29T08:00:00.000Z');
    // A chat running over the jump lasts its 30 real minutes (01:45 to 03:15 on the clock).
    expect(instants({ start: { day: '2026-03-29', time: '01:45' } })).toMatchObject({
      start: '2026-03-29T00:45:00.000Z',
      end: '2026-03-29T01:15:00.000Z',
    });
    // After fall back: +01:00 again.
    expect(instants({ start: { day: '2026-10-26', time: '10:00' } }).start).toBe('2026-10-26T09:00:00.000Z');
  });

  it('reads a time the clocks skip or repeat the way RFC 5545 says', () => {
    // 02:30 does not exist on 29 March: it is read on the offset before the gap (03:30).
    expect(instants({ start: { day: '2026-03-29', time: '02:30' } }).start).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October: the first one; an hour later is the second 02:30.
    // Both are written in UTC, since parsers disagree on which 02:30 a zoned time means.
    const text = chatIcs(chat({ start: { day: '2026-10-25', time: '02:30' }, durationMinutes: 60 }));
    expect(text).toContain('DTSTART:20261025T003000Z');
    expect(text).toContain('DTEND:20261025T013000Z');
    expect(instants({ start: { day: '2026-10-25', time: '02:30' }, durationMinutes: 60 })).toMatchObject({
      start: '2026-10-25T00:30:00.000Z',
      end: '2026-10-25T01:30:00.000Z',
    });
  });

  it('places New York chats in standard and daylight time', () => {
    expect(instants({ timeZone: 'America/New_York' })).toEqual({
      start: '2026-12-08T23:00:00.000Z',
      end: '2026-12-08T23:30:00.000Z',
      zone: 'America/New_York',
    });
    expect(
      instants({ timeZone: 'America/New_York', start: { day: '2026-03-09', time: '08:00' } }).start,
    ).toBe('2026-03-09T12:00:00.000Z');
  });

  it('places a Kolkata chat on +05:30, with a single standard time', () => {
    const text = chatIcs(chat({ timeZone: 'Asia/Kolkata' }));
    expect(instants({ timeZone: 'Asia/Kolkata' })).toMatchObject({
      start: '2026-12-08T12:30:00.000Z',
      end: '2026-12-08T13:00:00.000Z',
    });
    const zone = parse(text).calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getAllSubcomponents('standard')).toHaveLength(1);
    expect(zone?.getAllSubcomponents('daylight')).toHaveLength(0);
    expect(zone?.getFirstSubcomponent('standard')?.getFirstProperty('tzoffsetto')?.toICALString()).toBe(
      'TZOFFSETTO:+0530',
    );
  });

  it('places a UTC chat on UTC', () => {
    expect(instants({ timeZone: 'UTC' })).toMatchObject({
      start: '2026-12-08T18:00:00.000Z',
      end: '2026-12-08T18:30:00.000Z',
    });
  });

  it("describes the zone the way the browser knows it, every hour of the chat's year", () => {
    // Read in the direction a calendar reads DTSTART: a wall time in the zone to an instant.
    // (ical.js's UTC-to-zone conversion is approximate near a change, so it proves nothing.)
    for (const timeZone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      const vtimezone = parse(chatIcs(chat({ timeZone }))).calendar.getFirstSubcomponent('vtimezone');
      const zone = new ICAL.Timezone(vtimezone ?? undefined);
      const mismatches: string[] = [];
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000) {
        const wall = wallTimeAt(timeZone, ms);
        if (occursTwice(timeZone, ms)) continue;
        const local = new ICAL.Time({ ...wall, isDate: false }, zone);
        if (local.toUnixTime() * 1000 !== ms) mismatches.push(new Date(ms).toISOString());
      }
      expect(mismatches, timeZone).toEqual([]);
    }
  });

  it("uses the browser's own time zone when none is given", () => {
    const { timeZone } = Intl.DateTimeFormat().resolvedOptions();
    expect(chatIcs(chat({ timeZone: undefined }))).toContain(`DTSTART;TZID=${timeZone}:20261208T180000`);
  });

  it('reminds 15 minutes before by default, or as asked, or not at all', () => {
    const alarm = parse(chatIcs(chat())).vevent.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('description')).toBe('Coffee chat with Dana Reyes');
    const trigger = alarm?.getFirstPropertyValue('trigger');
    expect(trigger instanceof ICAL.Duration && trigger.toSeconds()).toBe(-15 * 60);
    const hour = parse(chatIcs(chat({ alarmMinutesBefore: 60 }))).vevent.getFirstSubcomponent('valarm');
    const hourTrigger = hour?.getFirstPropertyValue('trigger');
    expect(hourTrigger instanceof ICAL.Duration && hourTrigger.toSeconds()).toBe(-3600);
    expect(
      parse(chatIcs(chat({ alarmMinutesBefore: null }))).vevent.getFirstSubcomponent('valarm'),
    ).toBeNull();
  });

  it('keeps names and notes with commas, semicolons, backslashes, emoji and line breaks intact', () => {
    const summary = 'Coffee chat with Dana Reyes, PhD; Café ☕ 👩🏽‍💻';
    const description = 'Ask: how she moved; the team, the tools\\stack.\nBring: 3 questions\r\nThank her 🙏';
    const where = 'Café Einstein, Unter den Linden 42; Berlin';
    const { event } = parse(chatIcs(chat({ summary, description, where })));
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(description.replace('\r\n', '\n'));
    expect(event.location).toBe(where);
    expect(event.component.getFirstPropertyValue('url')).toBeNull();
  });

  it('puts a video-call link in URL, in the location and at the end of the description', () => {
    const link = 'https://meet.example.com/abc-defg-hij?pwd=a,b';
    const { event } = parse(chatIcs(chat({ where: link, description: 'Prepare your story.' })));
    expect(event.component.getFirstPropertyValue('url')).toBe(link);
    expect(event.location).toBe(link);
    expect(event.description).toBe(`Prepare your story.\n\n${link}`);
  });

  it('finds the link inside a location like "Zoom: https://…" and keeps the location as written', () => {
    const where = 'Zoom: https://zoom.us/j/123456789 (passcode 42)';
    const { event } = parse(chatIcs(chat({ where })));
    expect(event.component.getFirstPropertyValue('url')).toBe('https://zoom.us/j/123456789');
    expect(event.location).toBe(where);
    expect(event.description).toBe('https://zoom.us/j/123456789');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const description = `${'Über die Zusammenarbeit — ünd 🙂 émojis; '.repeat(12)}fin`;
    const text = chatIcs(chat({ description }));
    const bytes = new TextEncoder().encode(text);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let lineStart = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 13 && bytes[i + 1] === 10) {
        const line = bytes.subarray(lineStart, i);
        expect(line.length).toBeLessThanOrEqual(75);
        expect(() => decoder.decode(line)).not.toThrow();
        lineStart = i + 2;
      }
    }
    expect(lineStart).toBe(bytes.length);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = text.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded).toContain(`DESCRIPTION:${description.replace(/;/g, '\\;')}`);
    expect(parse(text).event.description).toBe(description);
  });

  it('writes the same file for the same chat; only the stamp follows the clock', () => {
    expect(chatIcs(chat())).toBe(chatIcs(chat()));
    const later = chatIcs(chat({ now: now + 60_000 }));
    expect(later).not.toBe(chatIcs(chat()));
    expect(later.replace(/DTSTAMP:.*\r\n/, '')).toBe(chatIcs(chat()).replace(/DTSTAMP:.*\r\n/, ''));
    expect(parse(chatIcs(chat())).event.uid).toBe('outreach-42@coffee-chat-coach');
  });

  it('refuses an unknown zone or an impossible time instead of writing a wrong event', () => {
    expect(() => chatIcs(chat({ timeZone: 'Mars/Olympus' }))).toThrow(RangeError);
    expect(() => chatIcs(chat({ start: { day: '2026-02-30', time: '10:00' } }))).toThrow(RangeError);
    expect(() => chatIcs(chat({ start: { day: '2026-12-08', time: '24:00' } }))).toThrow(RangeError);
    expect(() => chatIcs(chat({ durationMinutes: 0 }))).toThrow(RangeError);
  });
});

describe('the calendar file name', () => {
  it('names the person and the day in plain ASCII', () => {
    expect(chatIcsFileName('Dana Reyes', '2026-12-08')).toBe('coffee-chat-dana-reyes-2026-12-08.ics');
    expect(chatIcsFileName('José Núñez-Øster', '2026-12-08')).toBe(
      'coffee-chat-jose-nunez-oster-2026-12-08.ics',
    );
    expect(chatIcsFileName('Zoë Straße', '2026-12-08')).toBe('coffee-chat-zoe-strasse-2026-12-08.ics');
  });

  it('never lets a name reach outside the download folder', () => {
    const name = chatIcsFileName('../../etc/passwd\\:*?"<>|', '2026-12-08');
    expect(name).toBe('coffee-chat-etc-passwd-2026-12-08.ics');
    expect(name).toMatch(/^[a-z0-9-]+\.ics$/);
  });

  it('falls back to the day alone for a name without Latin letters', () => {
    expect(chatIcsFileName('王小明', '2026-12-08')).toBe('coffee-chat-2026-12-08.ics');
    expect(chatIcsFileName('Dana', '2026-12-08', 'Kaffee-Gespräch')).toBe(
      'kaffee-gesprach-dana-2026-12-08.ics',
    );
  });
});
