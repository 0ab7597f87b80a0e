import { describe, expect, it } from 'vitest';
import { parseConnectionDate } from '../../../src/importers/connection-date';

describe('parseConnectionDate', () => {
  it.each([
    ['14 Feb 2019', '2019-02-14'],
    ['1 Jan 2026', '2026-01-01'],
    ['03 Nov 2025', '2025-11-03'],
    ['14 February 2019', '2019-02-14'],
    ['14 sept 2019', '2019-09-14'],
    ['14-Feb-19', '2019-02-14'],
    ['14 Feb 19', '2019-02-14'],
    ['2019-02-14', '2019-02-14'],
    ['02/14/2019', '2019-02-14'],
    ['03/04/2019', '2019-03-04'], // month first, as US spreadsheets write it
    ['14/02/2019', '2019-02-14'], // cannot be month first
    ['29 Feb 2024', '2024-02-29'],
    ['  7 Jul 2016 ', '2016-07-07'],
    ['14.02.2019', '2019-02-14'], // German spreadsheets: day first, with dots
    ['3.4.19', '2019-04-03'],
  ])('%j → %s', (text, day) => {
    expect(parseConnectionDate(text)).toBe(day);
  });

  it.each([
    ['29 Feb 2023'],
    ['31 Apr 2020'],
    ['14 Foo 2019'],
    ['2019'],
    ['yesterday'],
    ['13/13/2019'],
    ['1 Jan 202'],
    ['30 Feb 2026'],
    ['30.02.2026'],
    ['2026-02-30'],
  ])('%j is not a date', (text) => {
    expect(parseConnectionDate(text)).toBeNull();
  });
});
