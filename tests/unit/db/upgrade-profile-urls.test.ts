// The upgrade that makes a profile URL one key whatever the case or encoding of its slug: a
// database an older version left with `/in/Jane-Doe/` and `/in/jane-doe/` as two people opens
// with one, holding both histories, notes and the better Top 20 place.
import { type IDBPDatabase, openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { NOTES_SEPARATOR } from '../../../src/coach/merge-contacts';
import { DB_VERSION, MIGRATIONS, oneContactPerProfile } from '../../../src/db/migrations';
import { openDatabase } from '../../../src/db/open';
import { type CoachDB, DB_NAME } from '../../../src/db/schema';
import { type Contact, type Me, newContact, type Outreach } from '../../../src/model';
import { freshIndexedDB } from './fresh';

/** The version just before this step, wherever other steps land around it. */
const BEFORE = MIGRATIONS.indexOf(oneContactPerProfile);

async function databaseBefore(seed: (db: IDBPDatabase<CoachDB>) => Promise<void>) {
  const db = await openDB<CoachDB>(DB_NAME, BEFORE, {
    async upgrade(d, old, _new, tx) {
      for (let v = old + 1; v <= BEFORE; v++) await MIGRATIONS[v - 1]?.(d, tx);
    },
  });
  await seed(db);
  db.close();
}

const person = (id: string, profileUrl: string | null, createdAt: number, fields: Partial<Contact> = {}) =>
  newContact(
    { id, name: 'Jane Doe', profileUrl, source: 'linkedin', createdAt, updatedAt: createdAt, ...fields },
    createdAt,
  );

const entry = (id: string, contactId: string): Outreach => ({
  id,
  contactId,
  kind: 'coffee-chat',
  channel: 'linkedin-message',
  templateId: null,
  viaMutual: null,
  aboutId: null,
  at: 1,
  day: '2026-01-05',
  status: 'sent',
  history: [{ status: 'sent', at: 1, day: '2026-01-05' }],
  heldOn: null,
  degreeAtSend: 2,
  note: '',
});

const me: Me = {
  name: 'Me',
  story: '',
  targetRole: '',
  targetIndustry: '',
  targetCompanies: [],
  ask: '',
  lessons: [{ day: '2026-01-06', contactId: 'jane-new', text: 'Lead with the data story' }],
};

beforeEach(freshIndexedDB);

describe('upgrading to one contact per profile, whatever the case or encoding', () => {
  it('is a step of its own after the first schema', () => {
    expect(BEFORE).toBeGreaterThanOrEqual(1);
  });

  it('merges the two spellings of Jane into the oldest record, with both histories and the better Top 20 place', async () => {
    await databaseBefore(async (db) => {
      await db.put(
        'contacts',
        person('jane-old', 'https://www.linkedin.com/in/Jane-Doe/', 100, {
          company: 'Globex',
          headline: 'Analyst',
          userEdited: ['company'],
          notes: 'Met at the 2019 meetup',
          top20Rank: 3,
          connectedOn: '2019-05-01',
          lastContactedOn: '2025-01-10',
        }),
      );
      await db.put(
        'contacts',
        person('jane-new', 'https://www.linkedin.com/in/jane-doe/', 200, {
          company: 'Acme',
          headline: 'Data lead',
          notes: 'Asked about the data team',
          top20Rank: 1,
          connectedOn: null,
          lastContactedOn: '2026-01-05',
        }),
      );
      await db.put(
        'contacts',
        person('ana', 'https://www.linkedin.com/in/ana/', 50, { name: 'Ana', top20Rank: 2 }),
      );
      await db.put('contacts', person('bea', null, 60, { name: 'Bea', source: 'warm', top20Rank: 4 }));
      await db.put('outreach', entry('o1', 'jane-old'));
      await db.put('outreach', entry('o2', 'jane-new'));
      await db.put('outreach', entry('o3', 'ana'));
      await db.put('drafts', {
        key: 'jane-new',
        templateId: 't',
        subject: null,
        body: 'Hi Jane',
        viaMutual: null,
        updatedAt: 5,
      });
      await db.put('opportunities', {
        id: 'op1',
        contactIds: ['jane-new', 'ana'],
        title: 'Data team at Acme',
        stage: 'ideas',
        order: 0,
        stageHistory: [],
        notes: '',
        createdAt: 1,
        updatedAt: 1,
      });
      await db.put('singletons', me, 'me');
    });

    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('contacts')).toBe(3);
    const jane = await db.getFromIndex('contacts', 'by-url', 'https://www.linkedin.com/in/jane-doe/');
    expect(jane).toMatchObject({
      id: 'jane-old',
      profileUrl: 'https://www.linkedin.com/in/jane-doe/',
      company: 'Globex',
      headline: 'Data lead',
      notes: `Met at the 2019 meetup${NOTES_SEPARATOR}Asked about the data team`,
      top20Rank: 1,
      connectedOn: '2019-05-01',
      lastContactedOn: '2026-01-05',
      createdAt: 100,
    });
    expect(await db.get('contacts', 'jane-new')).toBeUndefined();
    expect((await db.getAllFromIndex('outreach', 'by-contact', 'jane-old')).map((o) => o.id).sort()).toEqual([
      'o1',
      'o2',
    ]);
    expect(await db.get('drafts', 'jane-old')).toMatchObject({ body: 'Hi Jane' });
    expect(await db.get('drafts', 'jane-new')).toBeUndefined();
    expect((await db.get('opportunities', 'op1'))?.contactIds).toEqual(['jane-old', 'ana']);
    expect(((await db.get('singletons', 'me')) as Me).lessons[0]?.contactId).toBe('jane-old');

    const ranks = (await db.getAllFromIndex('contacts', 'by-top20')).map((c) => [c.top20Rank, c.name]);
    expect(ranks).toEqual([
      [1, 'Jane Doe'],
      [2, 'Ana'],
      [3, 'Bea'],
    ]);
  });

  it('folds an escaped, a decomposed (NFD) and a mixed-case spelling of one slug into one', async () => {
    await databaseBefore(async (db) => {
      await db.put(
        'contacts',
        person('j1', 'https://www.linkedin.com/in/Jürgen-M/', 300, { name: 'Jürgen M' }),
      );
      await db.put(
        'contacts',
        person('j2', 'https://www.linkedin.com/in/j%C3%BCrgen-m/', 100, { name: 'Jürgen M' }),
      );
      await db.put(
        'contacts',
        person('j3', 'https://www.linkedin.com/in/ju\u0308rgen-m/', 200, { name: 'Jürgen M' }),
      );
      for (const id of ['j1', 'j2', 'j3']) await db.put('outreach', entry(`o-${id}`, id));
    });
    const db = await openDatabase();
    const all = await db.getAll('contacts');
    expect(all.map((c) => [c.id, c.profileUrl])).toEqual([['j2', 'https://www.linkedin.com/in/jürgen-m/']]);
    expect(await db.countFromIndex('outreach', 'by-contact', 'j2')).toBe(3);
  });

  it('respells every other URL in the canonical form and leaves warm contacts and ids alone', async () => {
    await databaseBefore(async (db) => {
      await db.put('contacts', person('m', 'https://www.linkedin.com/in/MarcusWebb/', 1, { name: 'Marcus' }));
      await db.put('contacts', person('d', 'https://www.linkedin.com/in/dana/', 2, { name: 'Dana' }));
      await db.put(
        'contacts',
        person('id', 'https://www.linkedin.com/in/ACoAABcdEfGh/', 3, { name: 'Member' }),
      );
      await db.put('contacts', person('w', null, 4, { name: 'Warm', source: 'warm' }));
      await db.put('outreach', entry('o1', 'm'));
    });
    const db = await openDatabase();
    const urls = Object.fromEntries((await db.getAll('contacts')).map((c) => [c.id, c.profileUrl]));
    expect(urls).toEqual({
      m: 'https://www.linkedin.com/in/marcuswebb/',
      d: 'https://www.linkedin.com/in/dana/',
      id: 'https://www.linkedin.com/in/ACoAABcdEfGh/',
      w: null,
    });
    expect(await db.countFromIndex('outreach', 'by-contact', 'm')).toBe(1);
    expect(await db.countFromIndex('outreach', 'by-day', '2026-01-05')).toBe(1);
  });

  it('cuts, rather than refuses, notes too long to fit one record', async () => {
    await databaseBefore(async (db) => {
      await db.put(
        'contacts',
        person('a', 'https://www.linkedin.com/in/Long/', 1, { notes: 'a'.repeat(15_000) }),
      );
      await db.put(
        'contacts',
        person('b', 'https://www.linkedin.com/in/long/', 2, { notes: 'b'.repeat(15_000) }),
      );
    });
    const db = await openDatabase();
    const [only] = await db.getAll('contacts');
    expect(only?.notes).toHaveLength(20_000);
    expect(only?.notes.startsWith('a'.repeat(15_000))).toBe(true);
    expect(only?.notes.endsWith('…')).toBe(true);
  });
});
