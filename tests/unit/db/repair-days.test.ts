// The migration that repairs days stored by versions that checked only the digits: seeded at the
// version before it, upgraded to the current one, then read back through the background.
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import { route } from '../../../src/background/router';
import { DB_VERSION, MIGRATIONS } from '../../../src/db/migrations';
import { openDatabase } from '../../../src/db/open';
import { repairDaysMigration } from '../../../src/db/repair-days';
import { type CoachDB, DB_NAME } from '../../../src/db/schema';
import { checkBackup } from '../../../src/model';
import { freshIndexedDB } from './fresh';

const VERSION = MIGRATIONS.indexOf(repairDaysMigration) + 1;
const NOW = new Date(2026, 10, 22, 10, 0).getTime();

async function seedBefore(seed: (db: import('idb').IDBPDatabase<CoachDB>) => Promise<void>) {
  const db = await openDB<CoachDB>(DB_NAME, VERSION - 1, {
    async upgrade(d, old, _new, tx) {
      for (let v = old + 1; v <= VERSION - 1; v++) await MIGRATIONS[v - 1]?.(d, tx);
    },
  });
  await seed(db);
  db.close();
}

const handlers = createHandlers({
  db: openDatabase,
  now: () => NOW,
  todayChanged: () => {},
  tabPerson: () => {},
  refresh: async () => {},
});
const SELF = { id: 'ext', origin: 'chrome-extension://ext/' };
const ask = (message: unknown) =>
  route(
    message,
    { id: 'ext', url: 'chrome-extension://ext/src/dashboard/index.html' },
    SELF,
    handlers,
    () => {},
  );

const contact = (id: string, lastContactedOn: string | null, connectedOn: string | null = null) =>
  ({
    id,
    name: `Person ${id}`,
    profileUrl: null,
    headline: null,
    company: null,
    role: null,
    degree: null,
    mutualCount: null,
    mutualNames: [],
    source: 'warm',
    relationship: 'friend',
    howWeKnow: null,
    reach: null,
    email: null,
    top20Rank: null,
    connectedOn,
    lastContactedOn,
    notes: '',
    userEdited: [],
    createdAt: 1,
    updatedAt: 1,
  }) as never;

const at = new Date(2026, 1, 27, 12, 0).getTime();
const outreach = (id: string, day: string, heldOn: string | null, stepDay: string) =>
  ({
    id,
    contactId: 'c1',
    kind: 'coffee-chat',
    channel: 'text',
    templateId: null,
    viaMutual: null,
    at,
    day,
    status: 'chat-held',
    history: [
      { status: 'sent', at, day: stepDay },
      { status: 'chat-held', at, day: '2026-03-02' },
    ],
    heldOn,
    degreeAtSend: null,
    note: '',
  }) as never;

beforeEach(freshIndexedDB);

describe('days stored before real calendar days were checked', () => {
  it('is a migration of its own, at the end or before later ones', () => {
    expect(VERSION).toBeGreaterThan(2);
    expect(VERSION).toBeLessThanOrEqual(DB_VERSION);
  });

  it('become the month’s last day (2026-02-30 → 2026-02-28), or null where a day may be empty', async () => {
    await seedBefore(async (db) => {
      await db.put('contacts', contact('c1', '2026-02-30', '2019-04-31'));
      await db.put('contacts', contact('c2', '2026-13-45'));
      await db.put('contacts', contact('c3', '0000-01-01'));
      await db.put('contacts', contact('ok', '2024-02-29', '2019-02-14'));
    });
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('contacts', 'c1')).toMatchObject({
      lastContactedOn: '2026-02-28',
      connectedOn: '2019-04-30',
    });
    expect(await db.get('contacts', 'c2')).toMatchObject({ lastContactedOn: '2026-12-31' });
    expect(await db.get('contacts', 'c3')).toMatchObject({ lastContactedOn: null, name: 'Person c3' });
    expect(await db.get('contacts', 'ok')).toMatchObject({
      lastContactedOn: '2024-02-29',
      connectedOn: '2019-02-14',
    });
    expect(await db.getAllKeysFromIndex('contacts', 'by-last-contacted', '2026-02-28')).toEqual(['c1']);
  });

  it('repairs outreach days, the held day and the history, and the day counts find them', async () => {
    await seedBefore(async (db) => {
      await db.put('contacts', contact('c1', null));
      await db.put('outreach', outreach('o1', '2026-02-31', '2026-02-29', '2026-02-30'));
      await db.put('outreach', outreach('o2', '0999-02-01', null, '2026-02-27'));
    });
    const db = await openDatabase();
    expect(await db.get('outreach', 'o1')).toMatchObject({
      day: '2026-02-28',
      heldOn: '2026-02-28',
      history: [{ day: '2026-02-28' }, { day: '2026-03-02' }],
    });
    // Nothing to read in the day: the day of its own timestamp.
    expect(await db.get('outreach', 'o2')).toMatchObject({ day: '2026-02-27', heldOn: null });
    expect(await db.countFromIndex('outreach', 'by-day', '2026-02-28')).toBe(1);
    expect(await db.countFromIndex('outreach', 'by-held', '2026-02-28')).toBe(1);
  });

  it('a goal due on 2026-02-30 is due on 2026-02-28, and the plan and follow-ups answer again', async () => {
    await seedBefore(async (db) => {
      await db.put('contacts', contact('c1', '2026-02-30'));
      await db.put(
        'singletons',
        {
          chatsTarget: 50,
          deadline: '2027-02-30',
          chatsPerWeek: 4,
          actionsPerDay: 5,
          minutesPerDay: 30,
          startedOn: '2026-09-31',
        } as never,
        'goal',
      );
      await db.put(
        'singletons',
        {
          name: 'Sam',
          story: '',
          targetRole: '',
          targetIndustry: '',
          targetCompanies: [],
          ask: '',
          lessons: [{ day: '2026-06-31', contactId: null, text: 'Ask about the team first.' }],
        } as never,
        'me',
      );
    });
    expect(await ask({ type: 'goal.get' })).toMatchObject({
      ok: true,
      value: { deadline: '2027-02-28', startedOn: '2026-09-30', chatsTarget: 50 },
    });
    expect(await ask({ type: 'plan.get' })).toMatchObject({ ok: true, value: { target: 50 } });
    expect(await ask({ type: 'due.get' })).toMatchObject({ ok: true });
    expect(await ask({ type: 'me.get' })).toMatchObject({
      ok: true,
      value: { lessons: [{ day: '2026-06-30', text: 'Ask about the team first.' }] },
    });
    // Everything the user had is still there, and a backup of it reads back.
    const exported = await ask({ type: 'backup.export' });
    expect(exported.ok && checkBackup(exported.value)).toMatchObject({ ok: true });
  });

  it('leaves a record without days, or with real ones, exactly as it was', async () => {
    await seedBefore(async (db) => {
      await db.put('contacts', { id: 'bare', name: 'Bare', mutualNames: [], userEdited: [] } as never);
      await db.put('singletons', { chatsTarget: 50 } as never, 'goal');
    });
    const db = await openDatabase();
    expect(await db.get('contacts', 'bare')).toEqual({
      id: 'bare',
      name: 'Bare',
      mutualNames: [],
      userEdited: [],
    });
    expect(await db.get('singletons', 'goal')).toEqual({ chatsTarget: 50 });
  });
});
