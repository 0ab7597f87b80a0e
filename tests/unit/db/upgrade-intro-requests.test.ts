// An intro request logged by an older version against the person to meet (with only the mutual's
// name) becomes one addressed to the mutual, about the person.
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { addressIntroRequests, MIGRATIONS } from '../../../src/db/migrations';
import { openDatabase } from '../../../src/db/open';
import { type CoachDB, DB_NAME } from '../../../src/db/schema';
import { newContact, type Outreach } from '../../../src/model';
import { freshIndexedDB } from './fresh';

beforeEach(freshIndexedDB);

const STEP = MIGRATIONS.indexOf(addressIntroRequests);

const entry = (id: string, contactId: string, more: Partial<Outreach>): Outreach =>
  ({
    id,
    contactId,
    kind: 'intro-request',
    channel: 'linkedin-message',
    templateId: 'intro-request',
    viaMutual: 'Chloé Martin',
    at: Date.UTC(2026, 10, 4, 12),
    day: '2026-11-04',
    status: 'sent',
    history: [{ status: 'sent', at: Date.UTC(2026, 10, 4, 12), day: '2026-11-04' }],
    heldOn: null,
    degreeAtSend: 2,
    note: '',
    ...more,
  }) as Outreach;

async function seedBefore(seed: (db: import('idb').IDBPDatabase<CoachDB>) => Promise<void>) {
  const db = await openDB<CoachDB>(DB_NAME, STEP, {
    async upgrade(d, old, _new, tx) {
      for (let v = old + 1; v <= STEP; v++) await MIGRATIONS[v - 1]?.(d, tx);
    },
  });
  await seed(db);
  db.close();
}

describe('the upgrade that addresses intro requests to the mutual', () => {
  it('moves the entry to the mutual (an existing 1st-degree contact), about the person, and frees the person’s last-contacted day', async () => {
    expect(STEP).toBeGreaterThan(0);
    const dana = newContact(
      { id: 'dana', name: 'Dana Reyes', source: 'linkedin', degree: 2, lastContactedOn: '2026-11-04' },
      1,
    );
    const chloe = newContact({ id: 'chloe', name: 'Chloé Martin', source: 'imported', degree: 1 }, 1);
    await seedBefore(async (db) => {
      await db.put('contacts', dana);
      await db.put('contacts', chloe);
      await db.put('outreach', entry('o1', 'dana', {}));
      await db.put('outreach', entry('o2', 'dana', { kind: 'inmail', channel: 'inmail', viaMutual: null }));
    });
    const db = await openDatabase();
    expect(await db.get('outreach', 'o1')).toMatchObject({ contactId: 'chloe', aboutId: 'dana' });
    expect(await db.get('outreach', 'o2')).toMatchObject({ contactId: 'dana', aboutId: null });
    expect((await db.get('contacts', 'chloe'))?.lastContactedOn).toBe('2026-11-04');
    // The InMail on the same day was a real contact with Dana: her day stays.
    expect((await db.get('contacts', 'dana'))?.lastContactedOn).toBe('2026-11-04');
    expect(await db.getAllFromIndex('outreach', 'by-about', 'dana')).toHaveLength(1);
  });

  it('creates the mutual as a 1st-degree contact when there is none by that name', async () => {
    const dana = newContact(
      { id: 'dana', name: 'Dana Reyes', source: 'linkedin', degree: 2, lastContactedOn: '2026-11-04' },
      1,
    );
    await seedBefore(async (db) => {
      await db.put('contacts', dana);
      await db.put('outreach', entry('o1', 'dana', {}));
    });
    const db = await openDatabase();
    const [mutual] = await db.getAllFromIndex('contacts', 'by-name', 'Chloé Martin');
    expect(mutual).toMatchObject({ degree: 1, source: 'linkedin', lastContactedOn: '2026-11-04' });
    expect(await db.get('outreach', 'o1')).toMatchObject({ contactId: mutual?.id, aboutId: 'dana' });
    expect((await db.get('contacts', 'dana'))?.lastContactedOn).toBeNull();
  });
});
