// Every shipped schema version, with data in it, upgrades to the current one and keeps it all.
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../../src/db/migrations';
import { openDatabase } from '../../../src/db/open';
import { type CoachDB, DB_NAME } from '../../../src/db/schema';
import { freshIndexedDB } from './fresh';

/** A database as version `version` of the extension left it. */
async function databaseAt(version: number, seed: (db: import('idb').IDBPDatabase<CoachDB>) => Promise<void>) {
  const db = await openDB<CoachDB>(DB_NAME, version, {
    async upgrade(d, old, _new, tx) {
      for (let v = old + 1; v <= version; v++) await MIGRATIONS[v - 1]?.(d, tx);
    },
  });
  await seed(db);
  db.close();
}

const contact = {
  id: 'c1',
  name: 'Dana',
  profileUrl: 'https://www.linkedin.com/in/dana/',
  degree: 2,
  mutualNames: [],
  userEdited: ['degree'],
  top20Rank: 3,
  lastContactedOn: '2026-01-05',
} as never;
const outreach = (id: string) =>
  ({
    id,
    contactId: 'c1',
    kind: 'inmail',
    channel: 'inmail',
    day: '2026-01-05',
    at: 1,
    status: 'sent',
    history: [],
    note: '',
  }) as never;

beforeEach(freshIndexedDB);

describe('upgrading the database', () => {
  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'from version %i keeps every record',
    async (from) => {
      await databaseAt(from, async (db) => {
        await db.put('contacts', contact);
        await db.put('outreach', outreach('o1'));
        await db.put('outreach', outreach('o2'));
        await db.put('singletons', { chatsTarget: 50 } as never, 'goal');
      });
      const db = await openDatabase();
      expect(db.version).toBe(DB_VERSION);
      expect(await db.get('contacts', 'c1')).toMatchObject({
        name: 'Dana',
        userEdited: ['degree'],
        top20Rank: 3,
      });
      expect(await db.count('outreach')).toBe(2);
      expect(await db.get('singletons', 'goal')).toEqual({ chatsTarget: 50 });
      expect(await db.getFromIndex('contacts', 'by-url', 'https://www.linkedin.com/in/dana/')).toMatchObject({
        id: 'c1',
      });
      expect(await db.countFromIndex('outreach', 'by-day', '2026-01-05')).toBe(2);
    },
  );

  it('version 2 gives existing outreach the degree their person had', async () => {
    await databaseAt(1, async (db) => {
      await db.put('contacts', contact);
      await db.put('outreach', outreach('o1'));
    });
    const db = await openDatabase();
    expect(await db.get('outreach', 'o1')).toMatchObject({ degreeAtSend: 2 });
  });

  it('has at least one earlier version to upgrade from', () => {
    expect(DB_VERSION).toBeGreaterThan(1);
  });
});
