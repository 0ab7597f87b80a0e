import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ENGLISH,
  NOT_AN_EXPORT,
  parseLinkedInConnections,
  parseNumberedConnections,
} from '../../../src/importers/linkedin-connections';
import { ConnectionRowSchema } from '../../../src/model';
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

describe('parseLinkedInConnections: the limits the import applies', () => {
  const row = (
    fields: Partial<Record<'first' | 'last' | 'url' | 'email' | 'company' | 'position' | 'date', string>>,
  ) =>
    [
      fields.first ?? 'Ana',
      fields.last ?? 'Ruiz',
      fields.url ?? 'https://www.linkedin.com/in/ana-ruiz',
      fields.email ?? '',
      fields.company ?? 'Acme',
      fields.position ?? 'Engineer',
      fields.date ?? '1 Jan 2020',
    ]
      .map((f) => `"${f.replace(/"/g, '""')}"`)
      .join(',');

  it('cuts a 600-character position to 500 and says so for its line; the row is imported', () => {
    const text = join([HEADER, ROWS[0] ?? '', row({ position: 'p'.repeat(600) })]);
    const { connections, errors } = parseLinkedInConnections(text);
    expect(connections).toHaveLength(2);
    expect(connections[1]?.position).toHaveLength(500);
    expect(connections[1]?.position.endsWith('…')).toBe(true);
    expect(errors).toEqual([{ line: 3, message: 'Position shortened to 500 characters.' }]);
  });

  it('leaves out a link that is not a profile, and an email address too long to keep, keeping the row', () => {
    const text = join([
      HEADER,
      row({ url: 'https://evil.example/in/x' }),
      row({ first: 'Bo', url: 'https://www.linkedin.com/in/bo', email: `${'e'.repeat(330)}@example.com` }),
      row({ first: '', last: '', url: 'javascript:alert(1)' }),
    ]);
    const { connections, errors } = parseLinkedInConnections(text);
    expect(connections.map((c) => [c.firstName, c.profileUrl, c.email])).toEqual([
      ['Ana', null, null],
      ['Bo', 'https://www.linkedin.com/in/bo/', null],
    ]);
    expect(errors).toEqual([
      {
        line: 2,
        message: '"https://evil.example/in/x" in URL is not a LinkedIn profile link: imported without it.',
      },
      { line: 3, message: 'Email Address is longer than 320 characters: imported without it.' },
      { line: 4, message: 'No name and no profile URL: row skipped.' },
    ]);
  });

  it('every row it accepts passes the protocol’s ConnectionRowSchema, however hostile the file', () => {
    const long = (n: number, unit = 'x') => unit.repeat(n);
    const text = join([
      HEADER,
      row({ first: long(301), last: long(400), company: long(501), position: long(600) }),
      // An emoji straddling the cut must not leave half a character behind.
      row({ first: `${long(298)}😀😀`, position: `${long(498)}😀😀` }),
      row({ url: `https://www.linkedin.com/in/${long(400)}` }),
      row({ url: `linkedin.com/in/${'%F0%9F%98%80'.repeat(80)}` }),
      row({ email: `${long(400)}@x.example` }),
      row({ date: '30 Feb 2026' }),
      row({ first: '<img src=x onerror=alert(1)>', last: '=HYPERLINK("x")' }),
    ]);
    const { connections, errors } = parseLinkedInConnections(text);
    expect(connections).toHaveLength(7);
    for (const connection of connections) {
      const checked = v.safeParse(ConnectionRowSchema, connection);
      expect(
        checked.success ? null : checked.issues[0].message,
        JSON.stringify(connection).slice(0, 80),
      ).toBeNull();
    }
    expect(connections[1]?.firstName).toMatch(/x…$/);
    expect(errors.map((e) => e.line)).toEqual([2, 2, 2, 2, 3, 3, 4, 6, 7]);
  });
});

describe('parseLinkedInConnections: a file a spreadsheet saved again', () => {
  const semicolons = (line: string) => line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';');

  it('reads an export re-saved with semicolons between fields, as Excel does in European locales', () => {
    const text = join([...PREAMBLE, ...[HEADER, ...ROWS].map(semicolons)]);
    const { connections, errors } = parseLinkedInConnections(text);
    expect(errors).toEqual([]);
    expect(connections.map((c) => [c.firstName, c.company, c.connectedOn])).toEqual([
      ['Dana', 'Acme, Inc.', '2019-02-14'],
      ['Lee', 'Globex', '2026-01-01'],
      ['Mia', 'Initech', '2025-11-03'],
    ]);
  });

  it('reads one saved with tabs, and German day.month.year dates', () => {
    const text = join([HEADER.replace(/,/g, '\t'), 'Ana\tRuiz\t\t\tAcme\tDev\t14.02.2019']);
    expect(parseLinkedInConnections(text)).toEqual({
      connections: [
        {
          firstName: 'Ana',
          lastName: 'Ruiz',
          profileUrl: null,
          email: null,
          company: 'Acme',
          position: 'Dev',
          connectedOn: '2019-02-14',
        },
      ],
      errors: [],
    });
  });

  it('says a semicolon-separated file that is not an export uses semicolons, not just that it is no export', () => {
    const { connections, errors } = parseLinkedInConnections('Vorname;Nachname;Firma\r\nAna;Ruiz;Acme\r\n');
    expect(connections).toEqual([]);
    expect(errors).toEqual([
      {
        line: 1,
        message:
          "This file uses semicolons between fields; LinkedIn's export uses commas. Export it again from LinkedIn, or save it as comma-separated CSV.",
      },
    ]);
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
