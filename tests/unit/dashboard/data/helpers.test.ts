import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { previewBackup, readBackup } from '../../../../src/dashboard/data/backup-preview';
import { fileRefused, previewConnections } from '../../../../src/dashboard/data/connections-preview';
import { CONTACT_COLUMNS, contactsCsv, outreachCsv, outreachRows } from '../../../../src/dashboard/data/csv';
import {
  backupFileName,
  csvFileName,
  downloadText,
  REVOKE_AFTER_MS,
} from '../../../../src/dashboard/data/download';
import { parseLinkedInConnections } from '../../../../src/importers/linkedin-connections';
import { checkMessage } from '../../../../src/messages';
import { type Backup, type Contact, newContact, OutreachSchema } from '../../../../src/model';
import { HEADER, join, manyRows, PREAMBLE, ROWS } from '../../importers/exports';
import { setUiLanguage } from '../../ui/fake-browser';

const contact = (name: string, fields: Partial<Contact> = {}): Contact =>
  newContact({ name, source: 'warm', ...fields }, 1);
// Through the schema, so fields the record gains later get their defaults here too.
const outreach = (id: string, contactId: string, at: number) =>
  v.parse(OutreachSchema, {
    id,
    contactId,
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: null,
    viaMutual: null,
    at,
    day: '2026-03-01',
    status: 'sent',
    history: [],
    note: '',
  });
const backup = (fields: Partial<Backup>): Backup => ({
  format: 'coffee-chat-coach-backup',
  version: 1,
  exportedAt: '2026-03-01T10:00:00.000Z',
  contacts: [],
  outreach: [],
  opportunities: [],
  templates: [],
  goal: null,
  me: null,
  settings: null,
  ...fields,
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('file names', () => {
  it('carry the local day', () => {
    const at = new Date(2026, 0, 9, 23, 30).getTime();
    expect(backupFileName(at)).toBe('coffee-chat-coach-backup-2026-01-09.json');
    expect(csvFileName('outreach', at)).toBe('coffee-chat-coach-outreach-2026-01-09.csv');
  });
});

describe('downloading', () => {
  it('clicks a temporary link to an object URL and revokes it a moment later', () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.getAttribute('href')}`);
    });
    downloadText('{}', 'b.json', 'application/json');
    expect(clicked).toEqual(['b.json blob:x']);
    expect(create).toHaveBeenCalledOnce();
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith('blob:x');
  });
});

describe('CSV exports', () => {
  it('contacts by name with readable headers', () => {
    const csv = contactsCsv([contact('Zoe'), contact('Ana', { company: 'Acme, Inc', top20Rank: 2 })]);
    const [header, first, second] = csv.split('\r\n');
    expect(header).toBe(CONTACT_COLUMNS.join(','));
    expect(first).toMatch(/^Ana,,"Acme, Inc",/);
    expect(second).toMatch(/^Zoe,/);
  });

  it('outreach oldest first, with the contact name joined in', () => {
    const ana = contact('Ana', { profileUrl: 'https://www.linkedin.com/in/ana/' });
    const rows = outreachRows([outreach('o2', ana.id, 20), outreach('o1', 'gone', 10)], [ana], '(deleted)');
    expect(rows.map((r) => [r.Contact, r['LinkedIn URL']])).toEqual([
      ['(deleted)', null],
      ['Ana', 'https://www.linkedin.com/in/ana/'],
    ]);
    expect(outreachCsv([], [], '').split('\r\n')[0]).toBe(
      'Day,Contact,LinkedIn URL,Kind,Channel,Status,Via Mutual,Template,Chat Held On,Note',
    );
  });
});

describe('backup preview', () => {
  const here = contact('Here', { profileUrl: 'https://www.linkedin.com/in/here/' });
  const existing = { contacts: [here], outreach: [outreach('o1', here.id, 1)], goal: null };

  it('counts what the file holds and what is already here (same id or same profile)', () => {
    const sameUrl = { ...contact('Here again'), profileUrl: here.profileUrl };
    const file = backup({
      contacts: [here, sameUrl, contact('New')],
      outreach: [outreach('o1', here.id, 1), outreach('o2', here.id, 2)],
      goal: {
        chatsTarget: 50,
        deadline: '2026-06-01',
        chatsPerWeek: 4,
        actionsPerDay: 5,
        minutesPerDay: 30,
        startedOn: '2026-01-01',
      },
    });
    expect(previewBackup(file, existing)).toMatchObject({
      contacts: 3,
      contactsMerged: 2,
      outreach: 2,
      outreachPresent: 1,
      goal: 'set',
      hasStory: false,
      hasSettings: false,
    });
  });

  it('tells apart a file that is not JSON from one that is not a backup', () => {
    expect(readBackup('{"format":', existing)).toEqual({ ok: false, reason: 'json' });
    expect(readBackup('[1,2]', existing)).toMatchObject({
      ok: false,
      reason: 'backup',
      error: expect.stringMatching(/not a Coffee Chat Coach backup/),
    });
    expect(readBackup(`\uFEFF${JSON.stringify(backup({}))}`, existing)).toMatchObject({ ok: true });
  });
});

describe('backup preview: a file missing one of its parts', () => {
  const existing = { contacts: [], outreach: [], goal: null };
  const without = (key: keyof Backup) => {
    const { [key]: _gone, ...rest } = backup({});
    return JSON.stringify(rest);
  };

  it('says a backup has no format version, in words, instead of "Invalid key"', () => {
    expect(readBackup(without('version'), existing)).toEqual({
      ok: false,
      reason: 'backup',
      error:
        'This backup has no format version, so it cannot be read safely. It may have been edited by hand or cut short: export a new backup and import that one. Nothing was imported.',
    });
    expect(readBackup(JSON.stringify({ ...backup({}), version: '1' }), existing)).toMatchObject({
      error: expect.stringMatching(
        /^This backup's format version \("1"\) is not one Coffee Chat Coach knows\./,
      ),
    });
  });

  it.each([
    ['exportedAt', 'export date'],
    ['contacts', 'list of people'],
    ['outreach', 'outreach log'],
    ['opportunities', 'pipeline'],
    ['templates', 'list of templates'],
    ['goal', 'goal entry'],
    ['me', 'story entry'],
    ['settings', 'settings entry'],
  ] as const)('names a missing "%s" as its %s', (key, words) => {
    const reading = readBackup(without(key), existing);
    expect(reading).toMatchObject({
      ok: false,
      error: expect.stringContaining(`This backup has no ${words} (“${key}”).`),
    });
    expect(JSON.stringify(reading)).not.toContain('Invalid key');
  });

  it('names a field missing inside a record by where it is', () => {
    const { name: _gone, ...nameless } = contact('Ana');
    expect(readBackup(JSON.stringify(backup({ contacts: [nameless as Contact] })), existing)).toMatchObject({
      error: 'The backup is damaged at contacts.0. The field “Name” is missing. Nothing was imported.',
    });
  });

  it('says all of it in the UI language', () => {
    setUiLanguage('de');
    try {
      const { name: _gone, ...nameless } = contact('Ana');
      expect(readBackup(without('contacts'), existing)).toMatchObject({
        error: expect.stringMatching(/^In dieser Sicherung fehlt die Liste der Personen \(„contacts“\)\./),
      });
      expect(readBackup(JSON.stringify(backup({ contacts: [nameless as Contact] })), existing)).toMatchObject(
        {
          error:
            'Die Sicherung ist beschädigt bei contacts.0. Das Feld „Name“ fehlt. Es wurde nichts importiert.',
        },
      );
      expect(readBackup('[1,2]', existing)).toMatchObject({
        error: 'Diese Datei ist keine Sicherung von Coffee Chat Coach.',
      });
      setUiLanguage('fr');
      expect(readBackup(JSON.stringify({ ...backup({}), version: 7 }), existing)).toMatchObject({
        error:
          'Cette sauvegarde vient d’une version plus récente de Coffee Chat Coach (format 7). Mettez l’extension à jour, puis importez-la.',
      });
    } finally {
      setUiLanguage('en');
    }
  });
});

describe('Connections.csv preview', () => {
  it('counts profiles, finds the oldest date, lists the first ten problems', () => {
    const broken = Array.from({ length: 12 }, () => 'too,few');
    const result = parseLinkedInConnections(join([...PREAMBLE, HEADER, ...ROWS, ...broken]));
    const preview = previewConnections(result);
    expect(preview).toMatchObject({ connections: 3, withProfile: 3, oldest: '2019-02-14', errors: 12 });
    expect(preview.firstErrors).toHaveLength(10);
    expect(preview.firstErrors[0]?.line).toBe(8);
    expect(fileRefused(result)).toBeNull();
  });

  it('a file that is not an export is refused with the parser’s one reason', () => {
    expect(fileRefused(parseLinkedInConnections('a,b\n1,2\n'))).toMatch(/not a LinkedIn Connections export/);
    expect(fileRefused(parseLinkedInConnections(''))).toBe('The file is empty.');
  });

  it('every row the preview offers to import is one the background accepts', () => {
    const hostile = [
      `${'F'.repeat(400)},${'L'.repeat(301)},https://www.linkedin.com/in/${'s'.repeat(400)},${'e'.repeat(321)},${'C'.repeat(501)},${'P'.repeat(600)},30 Feb 2026`,
      'Ana,Ruiz,https://evil.example/in/ana,not-an-email,Acme,Dev,1 Jan 2020',
      `Bo,Li,linkedin.com/in/bo-li,,"${'😀'.repeat(300)}",Dev,14.02.2019`,
    ];
    const result = parseLinkedInConnections(join([...PREAMBLE, HEADER, ...ROWS, ...hostile]));
    const preview = previewConnections(result);
    expect(preview.connections).toBe(6);
    expect(preview.errors).toBeGreaterThan(0);
    const checked = checkMessage({ type: 'connections.import', rows: result.connections }, 'extension');
    expect(checked.ok ? null : checked.reason).toBeNull();
  });

  it('a 10,000-row export previews every row', () => {
    const text = join([...PREAMBLE, HEADER, ...manyRows(10_000)]);
    const preview = previewConnections(parseLinkedInConnections(text));
    expect(preview.connections).toBe(10_000);
  });
});
