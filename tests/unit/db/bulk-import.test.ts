import { beforeEach, describe, expect, it } from 'vitest';
import { bigBackup } from '../../../bench/big-files';
import { exportBackup, importBackup } from '../../../src/db/backup';
import { WINDOW } from '../../../src/db/bulk';
import { importConnections } from '../../../src/db/import-connections';
import { type DB, openDatabase } from '../../../src/db/open';
import { importLanded } from '../../../src/db/receipts';
import { STORE_NAMES } from '../../../src/db/schema';
import { type Backup, type ConnectionRow, checkBackup, newContact, problemLine } from '../../../src/model';
import { freshIndexedDB } from './fresh';

/** Thousands of records through fake-indexeddb: seconds on a busy machine. */
const SLOW = { timeout: 30_000 };

const NOW = Date.UTC(2026, 10, 22, 10);

function fileOf(raw: unknown): Backup {
  const checked = checkBackup(JSON.parse(JSON.stringify(raw)));
  if (!checked.ok) throw new Error(problemLine(checked.problem));
  return checked.backup;
}

const small = (prefix: string, contacts = 3, outreach = 6) =>
  fileOf(bigBackup({ contacts, outreach, opportunities: 1, templates: 1 }, prefix));

/** Every record of every store: "exactly as before" is this, compared whole. */
async function everything(db: DB): Promise<Record<string, unknown[]>> {
  const tx = db.transaction(STORE_NAMES);
  const out: Record<string, unknown[]> = {};
  for (const name of STORE_NAMES) out[name] = await tx.objectStore(name).getAll();
  await tx.done;
  return out;
}

const rows = (n: number, prefix = 'row'): ConnectionRow[] =>
  Array.from({ length: n }, (_, i) => ({
    firstName: `First${i}`,
    lastName: 'Last',
    profileUrl: `https://www.linkedin.com/in/${prefix}-${i}/`,
    email: null,
    company: 'Acme',
    position: 'Engineer',
    connectedOn: '2019-02-14',
  }));

let db: DB;
beforeEach(async () => {
  freshIndexedDB();
  db = await openDatabase();
});

describe('a big import cancelled in the middle', SLOW, () => {
  it('leaves every store exactly as it was, for a backup', async () => {
    await importBackup(db, small('before'));
    const before = await everything(db);
    const controller = new AbortController();
    const seen: number[] = [];
    const run = importBackup(
      db,
      fileOf(bigBackup({ contacts: 3_000, outreach: 6_000, opportunities: 50, templates: 10 }, 'big')),
      {
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done > 2 * WINDOW) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.length).toBeGreaterThan(1);
    expect(await everything(db)).toEqual(before);
  });

  it('leaves every store exactly as it was, for a Connections.csv', async () => {
    await importConnections(db, rows(10, 'kept'), NOW);
    const before = await everything(db);
    const controller = new AbortController();
    const run = importConnections(db, rows(9_000), NOW, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done > WINDOW) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(await everything(db)).toEqual(before);
  });

  it('a cancel after the commit changes nothing: the import stands, whole', async () => {
    const controller = new AbortController();
    const summary = await importConnections(db, rows(50), NOW, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 50) controller.abort();
      },
    });
    expect(summary.added).toBe(50);
    expect(await db.count('contacts')).toBe(50);
  });
});

describe('progress', SLOW, () => {
  it('climbs every window of writes and ends at the number of records', async () => {
    const file = fileOf(
      bigBackup({ contacts: 2_000, outreach: 5_000, opportunities: 10, templates: 5 }, 'p'),
    );
    const seen: number[] = [];
    await importBackup(db, file, { onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toBeGreaterThanOrEqual(7_015);
  });
});

describe('the receipt an import leaves', () => {
  it('is there exactly when the import committed', async () => {
    await importBackup(db, small('r'), { receipt: 'job-1' });
    expect(await importLanded(db, 'job-1')).toBe(true);
    const controller = new AbortController();
    controller.abort();
    await expect(
      importConnections(db, rows(5), NOW, { signal: controller.signal, receipt: 'job-2' }),
    ).rejects.toThrow();
    expect(await importLanded(db, 'job-2')).toBe(false);
    expect(await importLanded(db, 'never-sent')).toBe(false);
  });
});

describe('merging a backup', SLOW, () => {
  it('two records of the file with one profile URL become one person', async () => {
    const file = small('dup', 2, 2);
    const [a, b] = file.contacts;
    if (!a || !b) throw new Error('fixture');
    b.profileUrl = a.profileUrl;
    const summary = await importBackup(db, file);
    expect(summary).toMatchObject({ contactsAdded: 1, contactsMerged: 1, outreachAdded: 2 });
    const [entry1, entry2] = await db.getAll('outreach');
    expect(entry1?.contactId).toBe(a.id);
    expect(entry2?.contactId).toBe(a.id);
  });

  it('a contact here under another id is found by its profile URL', async () => {
    const file = small('url', 1, 1);
    const [theirs] = file.contacts;
    if (!theirs) throw new Error('fixture');
    const mine = newContact({ name: 'Mine', profileUrl: theirs.profileUrl, source: 'linkedin' }, NOW);
    await db.add('contacts', mine);
    expect(await importBackup(db, file)).toMatchObject({
      contactsAdded: 0,
      contactsMerged: 1,
      outreachAdded: 1,
    });
    expect((await db.getAll('outreach'))[0]?.contactId).toBe(mine.id);
  });

  it('round trip of a big backup: what is exported comes back, and a second import adds nothing', async () => {
    const file = fileOf(
      bigBackup({ contacts: 1_000, outreach: 4_000, opportunities: 20, templates: 5 }, 'rt'),
    );
    await importBackup(db, file);
    const exported = await exportBackup(db, NOW);
    freshIndexedDB();
    db = await openDatabase();
    expect(await importBackup(db, fileOf(exported))).toMatchObject({
      contactsAdded: 1_000,
      outreachAdded: 4_000,
    });
    expect(await importBackup(db, fileOf(exported))).toMatchObject({
      contactsAdded: 0,
      contactsMerged: 1_000,
      outreachAdded: 0,
      outreachSkipped: 4_000,
      opportunitiesAdded: 0,
      templatesAdded: 0,
    });
    expect(await db.count('outreach')).toBe(4_000);
  });
});

describe('entries whose person is missing from the file', () => {
  it('are kept under one stand-in per missing person, never dropped', async () => {
    const file = small('o', 2, 6);
    // Entries 0..5 point at contacts 0,1,0,1,0,1; take contact 1 out of the file.
    file.contacts = file.contacts.slice(0, 1);
    const summary = await importBackup(db, file, {
      unknownContactName: 'Unknown contact {n} (from a backup)',
    });
    expect(summary).toMatchObject({
      outreachAdded: 6,
      outreachUnderUnknown: 3,
      unknownContacts: 1,
      contactsAdded: 1,
    });
    const standIn = await db.get('contacts', 'o-c-1');
    expect(standIn).toMatchObject({ name: 'Unknown contact 1 (from a backup)', source: 'imported' });
    expect(standIn?.lastContactedOn).toBe(
      file.outreach
        .filter((o) => o.contactId === 'o-c-1')
        .reduce((max, o) => (o.day > max ? o.day : max), ''),
    );
    // Imported again: the stand-in is the person now; nothing new.
    expect(await importBackup(db, file)).toMatchObject({ outreachAdded: 0, unknownContacts: 0 });
    expect(await db.count('contacts')).toBe(2);
  });

  it('point at the person here when only the file lacks them', async () => {
    const here = newContact({ id: 'o-c-1', name: 'Already here', source: 'warm' }, NOW);
    await db.add('contacts', here);
    const file = small('o', 2, 4);
    file.contacts = file.contacts.slice(0, 1);
    expect(await importBackup(db, file)).toMatchObject({ outreachAdded: 4, unknownContacts: 0 });
    expect((await db.get('contacts', 'o-c-1'))?.name).toBe('Already here');
  });
});
