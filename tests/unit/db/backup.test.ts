import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import { route } from '../../../src/background/router';
import { openDatabase } from '../../../src/db/open';
import { BACKUP_VERSION } from '../../../src/model';
import { wordsIn } from '../i18n/words';
import { freshIndexedDB } from './fresh';

const SELF = { id: 'x', origin: 'chrome-extension://x/' };
const PAGE = { id: 'x', url: 'chrome-extension://x/src/dashboard/index.html' };
const handlers = createHandlers({
  db: openDatabase,
  now: () => Date.UTC(2026, 10, 22, 10),
  todayChanged() {},
  tabPerson() {},
  refresh: async () => {},
});
const ask = (message: object, language = 'en') =>
  route(message, PAGE, SELF, handlers, () => {}, wordsIn(language));
const value = async <T>(message: object): Promise<T> => {
  const reply = await ask(message);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
};

const warm = (name: string) => ({
  type: 'contact.create',
  contact: {
    name,
    relationship: 'friend',
    reach: null,
    howWeKnow: null,
    company: null,
    role: null,
    lastContactedOn: null,
    notes: '',
  },
});

async function seed() {
  const ana = await value<{ id: string }>(warm('Ana'));
  await value({
    type: 'outreach.log',
    requestId: 'r1',
    contactId: ana.id,
    kind: 'coffee-chat',
    channel: 'text',
    templateId: null,
    viaMutual: null,
  });
  await value({
    type: 'goal.set',
    goal: { chatsTarget: 50, deadline: '2027-03-01', chatsPerWeek: 4, actionsPerDay: 5, minutesPerDay: 30 },
  });
  return value<Record<string, unknown>>({ type: 'backup.export' });
}

async function counts() {
  const contacts = await value<unknown[]>({ type: 'contacts.list' });
  const outreach = await value<unknown[]>({ type: 'outreach.list' });
  return { contacts: contacts.length, outreach: outreach.length };
}

beforeEach(freshIndexedDB);

describe('backups', () => {
  it('an entry that knows its held chat only from its history counts toward the goal', async () => {
    const backup = (await seed()) as { outreach: Record<string, unknown>[] };
    const [entry] = backup.outreach;
    if (!entry) throw new Error('no outreach in the backup');
    const day = entry.day as string;
    const older = {
      ...backup,
      outreach: [
        {
          ...entry,
          status: 'chat-held',
          heldOn: undefined,
          history: [...(entry.history as object[]), { status: 'chat-held', at: entry.at, day }],
        },
      ],
    };
    freshIndexedDB();
    await value({ type: 'backup.import', backup: JSON.parse(JSON.stringify(older)) });
    const [stored] = await value<{ heldOn: string | null }[]>({ type: 'outreach.list' });
    expect(stored?.heldOn).toBe(day);
    expect(await value({ type: 'plan.get' })).toMatchObject({ held: 1 });
  });

  it('round trip: an export imported into an empty database restores the same records', async () => {
    const backup = await seed();
    freshIndexedDB();
    const summary = await value({ type: 'backup.import', backup: JSON.parse(JSON.stringify(backup)) });
    expect(summary).toMatchObject({ contactsAdded: 1, outreachAdded: 1 });
    const again = await value<Record<string, unknown>>({ type: 'backup.export' });
    expect({ ...again, exportedAt: '' }).toEqual({ ...backup, exportedAt: '' });
  });

  it('importing the same backup twice adds nothing the second time', async () => {
    const backup = await seed();
    expect(await value({ type: 'backup.import', backup })).toMatchObject({
      contactsAdded: 0,
      contactsMerged: 1,
      outreachAdded: 0,
    });
    expect(await counts()).toEqual({ contacts: 1, outreach: 1 });
  });

  it.each([
    ['a foreign JSON file', { hello: 'world' }, 'not a Coffee Chat Coach backup'],
    ['an array', [1, 2, 3], 'not a Coffee Chat Coach backup'],
    ['a newer format', { format: 'coffee-chat-coach-backup', version: BACKUP_VERSION + 1 }, 'newer version'],
    ['a damaged record', 'damaged', 'damaged at contacts.0'],
    [
      'a backup without its version',
      { format: 'coffee-chat-coach-backup' },
      'This backup has no format version',
    ],
  ])('refuses %s with a clear message and changes nothing', async (_label, input, message) => {
    const backup = await seed();
    const before = await counts();
    const file =
      input === 'damaged'
        ? {
            ...backup,
            contacts: [{ ...(backup.contacts as object[])[0], id: 'new', profileUrl: 'javascript:alert(1)' }],
          }
        : input;
    const reply = await ask({ type: 'backup.import', backup: file });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses a day that is not on the calendar, naming where it is, and changes nothing', async () => {
    const backup = await seed();
    const before = await counts();
    const [contact] = backup.contacts as object[];
    const withDay = { ...backup, contacts: [{ ...contact, id: 'new', lastContactedOn: '2026-02-30' }] };
    expect(await ask({ type: 'backup.import', backup: withDay })).toEqual({
      ok: false,
      error:
        'The backup is damaged at contacts.0. The field “Last contacted” is not a real calendar day (like 2026-03-01). Nothing was imported.',
    });
    expect(await ask({ type: 'backup.import', backup: withDay }, 'de')).toEqual({
      ok: false,
      error:
        'Die Sicherung ist beschädigt bei contacts.0. Das Feld „Zuletzt kontaktiert“ ist kein echter Kalendertag (wie 2026-03-01). Es wurde nichts importiert.',
    });
    const dueOnFeb30 = { ...backup, goal: { ...(backup.goal as object), deadline: '2026-02-30' } };
    expect(await ask({ type: 'backup.import', backup: dueOnFeb30 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('at goal. The field “By this date” is not a real calendar day'),
    });
    expect(await counts()).toEqual(before);
    expect(await value({ type: 'goal.get' })).toMatchObject({ deadline: '2027-03-01' });
  });

  it('a write that fails halfway leaves nothing of the file behind', async () => {
    const backup = await seed();
    freshIndexedDB();
    const other = await value<{ id: string }>(warm('Other'));
    const big = {
      ...backup,
      contacts: [
        ...(backup.contacts as object[]),
        { ...(backup.contacts as object[])[0], id: other.id, name: 'Clash' },
      ],
    };
    // Make the second add fail as a full disk would.
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'outreach' && ++calls === 1) throw new DOMException('full', 'QuotaExceededError');
      return add.apply(this, args as Parameters<typeof add>);
    });
    const reply = await ask({ type: 'backup.import', backup: big });
    spy.mockRestore();
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringContaining('storage for this extension is full'),
    });
    expect(await counts()).toEqual({ contacts: 1, outreach: 0 });
  });
});

describe('a storage quota error during a log', () => {
  it('answers with a clear message and keeps what was stored', async () => {
    await seed();
    const contacts = await value<{ id: string }[]>({ type: 'contacts.list' });
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const reply = await ask({
      type: 'outreach.log',
      requestId: 'r2',
      contactId: contacts[0]?.id,
      kind: 'inmail',
      channel: 'inmail',
      templateId: null,
      viaMutual: null,
    });
    spy.mockRestore();
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('nothing was saved') });
    expect(await counts()).toEqual({ contacts: 1, outreach: 1 });
  });
});
