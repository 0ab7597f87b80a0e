// Each zone runs in its own process (see fixtures/tz-probe.ts): the runtime fixes its time
// zone at start-up, so setting process.env.TZ inside this test would prove nothing.

import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(__dirname, '../../..');
const H = 3_600_000;

interface Probe {
  januaryOffset: number;
  days: string[];
  untilMidnight: number[];
  arithmetic: string[];
  sweepFailures: string[];
}

type Case = [instant: string, day: string, msUntilMidnight: number];

/** Minutes east of UTC on 15 January 2026. */
const januaryOffsets: Record<string, number> = {
  UTC: 0,
  'Europe/Berlin': 60,
  'America/New_York': -300,
  'Pacific/Auckland': 780,
  'Asia/Kolkata': 330,
  'Pacific/Kiritimati': 840,
  'America/Santiago': -180,
};

const zones: Record<string, Case[]> = {
  UTC: [
    ['2026-03-29T00:30:00Z', '2026-03-29', 23.5 * H],
    ['2026-12-31T23:59:59.999Z', '2026-12-31', 1],
  ],
  'Europe/Berlin': [
    ['2026-03-28T22:59:59.999Z', '2026-03-28', 1],
    ['2026-03-28T23:00:00Z', '2026-03-29', 23 * H], // spring forward: a 23-hour day
    ['2026-03-29T00:30:00Z', '2026-03-29', 21.5 * H],
    ['2026-03-29T21:59:59.999Z', '2026-03-29', 1],
    ['2026-10-24T22:00:00Z', '2026-10-25', 25 * H], // fall back: a 25-hour day
    ['2026-10-25T00:30:00Z', '2026-10-25', 22.5 * H], // 02:30 summer time
    ['2026-10-25T01:30:00Z', '2026-10-25', 21.5 * H], // 02:30 again, winter time
    ['2026-10-25T22:59:59.999Z', '2026-10-25', 1],
  ],
  'America/New_York': [
    ['2026-03-08T04:59:59.999Z', '2026-03-07', 1],
    ['2026-03-08T05:00:00Z', '2026-03-08', 23 * H],
    ['2026-03-08T07:00:00Z', '2026-03-08', 21 * H], // 03:00, just after the jump
    ['2026-03-29T00:30:00Z', '2026-03-28', 3.5 * H], // still Saturday evening here
    ['2026-11-01T04:00:00Z', '2026-11-01', 25 * H],
    ['2026-11-01T05:30:00Z', '2026-11-01', 23.5 * H], // 01:30 daylight time
    ['2026-11-01T06:30:00Z', '2026-11-01', 22.5 * H], // 01:30 standard time
    ['2026-11-02T04:59:59.999Z', '2026-11-01', 1],
  ],
  'Pacific/Auckland': [
    ['2026-03-29T00:30:00Z', '2026-03-29', 10.5 * H],
    ['2026-04-04T11:00:00Z', '2026-04-05', 25 * H],
    ['2026-09-26T12:00:00Z', '2026-09-27', 23 * H],
    ['2026-11-21T10:59:59.999Z', '2026-11-21', 1],
    ['2026-11-21T11:00:00Z', '2026-11-22', 24 * H],
  ],
  'Asia/Kolkata': [
    ['2026-03-01T18:29:00Z', '2026-03-01', 60_000],
    ['2026-03-01T18:30:00Z', '2026-03-02', 24 * H],
    ['2026-03-29T00:30:00Z', '2026-03-29', 18 * H],
  ],
  'Pacific/Kiritimati': [
    ['2026-01-01T10:00:00Z', '2026-01-02', 24 * H], // UTC+14: already tomorrow
    ['2026-03-29T00:30:00Z', '2026-03-29', 9.5 * H],
    ['2026-12-31T09:59:59.999Z', '2026-12-31', 1],
    ['2026-12-31T10:00:00Z', '2027-01-01', 24 * H],
  ],
  // Chile moves its clocks at midnight itself, so 00:00 on 6 Sep 2026 does not exist.
  'America/Santiago': [
    ['2026-09-06T03:59:59.999Z', '2026-09-05', 1],
    ['2026-09-06T04:00:00Z', '2026-09-06', 23 * H],
  ],
};

function probe(tz: string, cases: Case[]): Promise<Probe> {
  // `node --import tsx` runs the TypeScript probe in one process (the tsx CLI spawns two).
  return run(
    process.execPath,
    ['--import', 'tsx', 'tests/unit/coach/fixtures/tz-probe.ts', ...cases.map(([instant]) => instant)],
    { cwd: root, env: { ...process.env, TZ: tz } },
  ).then(({ stdout }) => JSON.parse(stdout) as Probe);
}

// Start every zone at once; the probes take about a second each.
const probes = Object.fromEntries(Object.entries(zones).map(([tz, cases]) => [tz, probe(tz, cases)]));

describe.each(Object.keys(zones))('local days in %s', (tz) => {
  const cases = zones[tz] ?? [];

  it('runs in that zone', async () => {
    expect((await probes[tz])?.januaryOffset).toBe(januaryOffsets[tz]);
  }, 20_000);

  it('puts each instant on its local calendar day and counts the hours to the next midnight', async () => {
    const result = await probes[tz];
    expect(result?.days).toEqual(cases.map(([, day]) => day));
    expect(result?.untilMidnight).toEqual(cases.map(([, , ms]) => ms));
  }, 20_000);

  it('maps every local midnight of 2026–2027 to its own day, including 23- and 25-hour days', async () => {
    expect((await probes[tz])?.sweepFailures).toEqual([]);
  }, 20_000);

  it('does day arithmetic the same way whatever the zone', async () => {
    expect((await probes[tz])?.arithmetic).toEqual([
      '2026-03-30',
      '2026-10-26',
      '31',
      '31',
      '2026-03-23',
      '2026-10-26',
    ]);
  }, 20_000);
});
