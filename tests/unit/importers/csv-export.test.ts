import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/importers/csv-export';

describe('toCsv', () => {
  it('writes a header and the rows in column order, CRLF-terminated, quoting where needed', () => {
    const csv = toCsv(
      [
        { name: 'Dana Okafor', company: 'Acme, Inc.', chats: 2, note: 'said "yes"' },
        { name: 'Lee', company: null, chats: 0, note: 'line one\nline two' },
      ],
      ['name', 'company', 'chats', 'note'],
    );
    expect(csv).toBe(
      'name,company,chats,note\r\nDana Okafor,"Acme, Inc.",2,"said ""yes"""\r\nLee,,0,"line one\nline two"',
    );
  });

  it('leaves out columns not asked for and writes missing ones empty', () => {
    expect(toCsv([{ a: 'x', secret: 'y' }], ['a', 'b'])).toBe('a,b\r\nx,');
  });

  it('defuses cells a spreadsheet would run as formulas, but not numbers', () => {
    const csv = toCsv(
      [{ a: '=HYPERLINK("http://evil.example","click")', b: '+1 555', c: '-2+3', d: '@SUM(A1)', e: -5 }],
      ['a', 'b', 'c', 'd', 'e'],
    );
    const [, row] = Papa.parse<string[]>(csv).data;
    expect(row).toEqual([
      '\'=HYPERLINK("http://evil.example","click")',
      "'+1 555",
      "'-2+3",
      "'@SUM(A1)",
      '-5',
    ]);
  });

  it('round-trips through the parser', () => {
    const rows = [{ name: 'Mia Schäfer', headline: 'PM, "growth"' }];
    const csv = toCsv(rows, ['name', 'headline']);
    expect(Papa.parse(csv, { header: true }).data).toEqual(rows);
  });
});
