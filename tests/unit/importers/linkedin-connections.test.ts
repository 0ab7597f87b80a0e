import { describe, expect, it } from 'vitest';
import {
  ENGLISH,
  NOT_AN_EXPORT,
  parseLinkedInConnections,
  parseNumberedConnections,
} from '../../../src/importers/linkedin-connections';
import { HEADER, join, manyRows, OLD_HEADER, PREAMBLE, ROWS } from './exports';

describe('parseLinkedInConnections: real exports', () => {
  it('reads a current export: preamble, blank line, header, quoted commas and doubled quotes', () => {
    const { connections, errors } = parseLinkedInConnections(join([...PREAMBLE, HEADER, ...ROWS]));
    expect(errors).toEqual([]);
    expect(connections).toEqual([
      {
        firstName: 'Dana',
        lastName: 'Okafor',
        profileUrl: 'https://www.linkedin.com/in/dana-okafor-1a2b3c/',
        email: null,
        company: 'Acme, Inc.',
        position: 'Head of Growth',
        connectedOn: '2019-02-14',
      },
      {
        firstName: 'Lee',
        lastName: 'Wong',
        profileUrl: 'https://www.linkedin.com/in/leewong/',
        email: 'lee@example.com',
        company: 'Globex',
        position: 'Senior "Data" Analyst',
        connectedOn: '2026-01-01',
      },
      {
        firstName: 'Mia',
        lastName: 'Schäfer',
        profileUrl: 'https://www.linkedin.com/in/mia-schäfer-42/',
        email: null,
        company: 'Initech',
        position: 'Product Manager',
        connectedOn: '2025-11-03',
      },
    ]);
  });

  it('reads the same file with LF line ends, with a BOM, and without the preamble', () => {
    const expected = parseNumberedConnections(join([...PREAMBLE, HEADER, ...ROWS])).connections;
    const lf = parseNumberedConnections(join([...PREAMBLE, HEADER, ...ROWS], '\n'));
    expect(lf).toEqual({ connections: expected, errors: [] });
    expect(parseNumberedConnections(`\uFEFF${join([...PREAMBLE, HEADER, ...ROWS])}`).connections).toEqual(
      expected,
    );
    const bare = parseNumberedConnections(join([HEADER, ...ROWS])).connections;
    expect(bare.map((c) => c.line)).toEqual([2, 3, 4]);
  });

  it('reads an older export without the URL column', () => {
    const { connections, errors } = parseLinkedInConnections(
      join([...PREAMBLE, OLD_HEADER, 'Ana,Ruiz,ana@example.com,Hooli,Engineer,7 Jul 2016']),
    );
    expect(errors).toEqual([]);
    expect(connections[0]).toMatchObject({
      firstName: 'Ana',
      profileUrl: null,
      email: 'ana@example.com',
      connectedOn: '2016-07-07',
    });
  });

  it('trims whitespace around fields; an empty email or URL is null, empty text stays empty', () => {
    const { connections } = parseLinkedInConnections(join([HEADER, '  Ana , Ruiz ,  , , ,  ,  ']));
    expect(connections[0]).toEqual({
      firstName: 'Ana',
      lastName: 'Ruiz',
      profileUrl: null,
      email: null,
      company: '',
      position: '',
      connectedOn: null,
    });
  });

  it('counts physical lines through a multi-line quoted field', () => {
    const text = join([
      ...PREAMBLE,
      HEADER,
      'Jo,Multi,,,"Acme',
      'Research Lab",Scientist,2 Feb 2020',
      'Bad,Date,,,Acme,Dev,31 Feb 2020',
    ]);
    const { connections, errors } = parseNumberedConnections(text);
    expect(connections.map((c) => [c.firstName, c.line, c.company])).toEqual([
      ['Jo', 5, 'Acme\nResearch Lab'],
      ['Bad', 7, 'Acme'],
    ]);
    expect(errors).toEqual([
      { line: 7, message: 'Unrecognised date "31 Feb 2020" in Connected On: imported without a date.' },
    ]);
  });
});

describe('parseLinkedInConnections: damaged rows', () => {
  it('reports a row with the wrong number of fields by its line and imports the rest', () => {
    const text = join([...PREAMBLE, HEADER, ROWS[0] ?? '', 'Too,Few,Fields', ROWS[1] ?? '']);
    const { connections, errors } = parseLinkedInConnections(text);
    expect(connections.map((c) => c.firstName)).toEqual(['Dana', 'Lee']);
    expect(errors).toEqual([{ line: 6, message: 'Expected 7 fields, found 3: row skipped.' }]);
  });

  it('tolerates trailing empty fields from a spreadsheet round-trip', () => {
    const { connections, errors } = parseLinkedInConnections(join([HEADER, `${ROWS[0]},,`]));
    expect(errors).toEqual([]);
    expect(connections).toHaveLength(1);
  });

  it('keeps a row with an unreadable date, without the date, and says so', () => {
    const { connections, errors } = parseLinkedInConnections(join([HEADER, 'Ana,Ruiz,,,,,last spring']));
    expect(connections[0]?.connectedOn).toBeNull();
    expect(errors).toEqual([
      { line: 2, message: 'Unrecognised date "last spring" in Connected On: imported without a date.' },
    ]);
  });

  it('skips a line with an unterminated quote and resumes on the next line', () => {
    const text = join([
      HEADER,
      'Ana,"Ruiz,,,,,1 Jan 2020',
      ROWS[0] ?? '',
      ROWS[1] ?? '',
      'Eve,"Open,,,,,1 Jan 2020',
    ]);
    const { connections, errors } = parseNumberedConnections(text);
    expect(errors).toEqual([
      { line: 2, message: 'Broken quotes: line skipped.' },
      { line: 5, message: 'Broken quotes: line skipped.' },
    ]);
    expect(connections.map((c) => [c.firstName, c.line])).toEqual([
      ['Dana', 3],
      ['Lee', 4],
    ]);
  });

  it('skips a row whose quotes are malformed within the line', () => {
    const { connections, errors } = parseNumberedConnections(
      join([HEADER, 'Ana,"Ru"iz,,,,,1 Jan 2020', ROWS[0] ?? '']),
    );
    expect(errors).toEqual([{ line: 2, message: 'Broken quotes: line skipped.' }]);
    expect(connections.map((c) => c.line)).toEqual([3]);
  });

  it('stops with one error after very many broken lines instead of crawling', () => {
    const broken = Array.from({ length: 200 }, (_, i) => `N${i},"open,,,,,1 Jan 2020`);
    const { errors } = parseLinkedInConnections(join([HEADER, ...broken]));
    expect(errors.length).toBeLessThan(60);
    expect(errors.at(-1)?.message).toBe(
      'Too many lines with broken quotes: the rest of the file was not read.',
    );
  });

  it('skips rows with neither name nor URL, and blank lines silently', () => {
    const { connections, errors } = parseNumberedConnections(
      join([HEADER, '', ',,,,Acme,Dev,1 Jan 2020', '', ROWS[0] ?? '']),
    );
    expect(connections.map((c) => c.line)).toEqual([5]);
    expect(errors).toEqual([{ line: 3, message: 'No name and no profile URL: row skipped.' }]);
  });
});

describe('parseLinkedInConnections: files that are not Connections exports', () => {
  const oneError = (text: string) => {
    const result = parseNumberedConnections(text);
    expect(result.connections).toEqual([]);
    expect(result.errors).toHaveLength(1);
    return result.errors[0];
  };

  it('gives one clear error for another CSV', () => {
    expect(oneError('Date,Amount,Payee\r\n2026-01-01,12.50,Coffee\r\n')).toEqual({
      line: 1,
      message: NOT_AN_EXPORT,
    });
  });

  it('gives one clear error for JSON, binary and empty files', () => {
    expect(oneError('{"connections": [{"First Name": "Ana"}]}')?.message).toBe(NOT_AN_EXPORT);
    expect(oneError('PK\u0003\u0004\u0000\u0000binary')?.message).toMatch(/binary/);
    expect(oneError('')?.message).toBe('The file is empty.');
    expect(oneError('\uFEFF  \r\n')?.message).toBe('The file is empty.');
  });

  it('does not mistake random text for an export', () => {
    const garbage = Array.from({ length: 500 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(
      '',
    );
    expect(oneError(garbage)?.message).toBe(NOT_AN_EXPORT);
  });
});

describe('parseLinkedInConnections: size', () => {
  // Its speed is a figure of `npm run bench` (import.connections_10k_ms), not a timed test.
  it('reads all 10,000 rows of a large export with the right line numbers', () => {
    const text = join([...PREAMBLE, HEADER, ...manyRows(10_000)]);
    const { connections, errors } = parseNumberedConnections(text);
    expect(errors).toEqual([]);
    expect(connections).toHaveLength(10_000);
    expect(connections[9_999]).toMatchObject({
      firstName: 'First9999',
      line: 10_004,
      company: 'Company 8, Ltd',
    });
  });

  it('reads a 5 MB file without throwing', () => {
    const rows = manyRows(40_000, 30);
    const text = join([...PREAMBLE, HEADER, ...rows]);
    expect(text.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const { connections, errors } = parseLinkedInConnections(text);
    const ms = performance.now() - started;
    expect(errors).toEqual([]);
    expect(connections).toHaveLength(40_000);
    console.info(`40,000 rows (${(text.length / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms`);
  });
});

describe('parseLinkedInConnections: in the user’s language', () => {
  it('words every error with the messages it is given, and keeps the shape', () => {
    const words = {
      ...ENGLISH,
      notAnExport: 'Kein LinkedIn-Export.',
      brokenQuotes: 'Kaputte Anführungszeichen.',
      badDate: (text: string) => `Unbekanntes Datum „${text}“.`,
    };
    expect(parseLinkedInConnections('a,b\n1,2\n', words).errors).toEqual([
      { line: 1, message: 'Kein LinkedIn-Export.' },
    ]);
    const { errors } = parseLinkedInConnections(
      join([HEADER, 'Ana,"Ru"iz,,,,,1 Jan 2020', 'Bo,Li,,,,,letzten Mai']),
      words,
    );
    expect(errors).toEqual([
      { line: 2, message: 'Kaputte Anführungszeichen.' },
      { line: 3, message: 'Unbekanntes Datum „letzten Mai“.' },
    ]);
  });
});
