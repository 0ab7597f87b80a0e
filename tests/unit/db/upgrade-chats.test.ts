// Version 6 adds the chats store. A database from before keeps every record as it was; its
// contacts, stored without the lead fields, read as suggested by nobody; and a backup written
// before chats existed still imports.
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import { route } from '../../../src/background/router';
import { addChats, MIGRATIONS } from '../../../src/db/migrations';
import { openDatabase } from '../../../src/db/open';
import { type CoachDB, DB_NAME } from '../../../src/db/schema';
import type { Responses } from '../../../src/messages';
import { freshIndexedDB } from './fresh';

beforeEach(freshIndexedDB);

const STEP = MIGRATIONS.indexOf(addChats);
const SELF = { id: 'x', origin: 'chrome-extension://x/' };
const PAGE = { id: 'x', url: 'chrome-extension://x/src/dashboard/index.html' };
const handlers = createHandlers({
  db: openDatabase,
  now: () => new Date(2026, 10, 24, 9).getTime(),
  todayChanged() {},
  tabPerson() {},
  refresh: async () => {},
});
async function ask<K extends keyof Responses>(type: K, body: object = {}) {
  const reply = await route({ type, ...body }, PAGE, SELF, handlers, () => {});
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Responses[K];
}

/** A contact and a replied outreach, as version 5 stored them (no lead fields). */
async function version5() {
  const db = await openDB<CoachDB>(DB_NAME, STEP, {
    async upgrade(d, old, _new, tx) {
      for (let v = old + 1; v <= STEP; v++) await MIGRATIONS[v - 1]?.(d, tx);
    },
  });
  const {
    suggestedBy: _s,
    leadKind: _l,
    ...contact
  } = {
    id: 'dana',
    name: 'Dana Reyes',
    profileUrl: 'https://www.linkedin.com/in/dana/',
    headline: null,
    company: 'Northwind',
    role: null,
    degree: 1 as const,
    mutualCount: null,
    mutualNames: [],
    source: 'linkedin' as const,
    relationship: null,
    howWeKnow: null,
    reach: null,
    email: null,
    top20Rank: null,
    connectedOn: null,
    lastContactedOn: '2026-11-16',
    notes: '',
    invitationPending: false,
    canConnect: false,
    userEdited: [],
    suggestedBy: null,
    leadKind: null,
    createdAt: 1,
    updatedAt: 1,
  };
  await db.put('contacts', contact as never);
  const at = new Date(2026, 10, 16, 10).getTime();
  await db.put('outreach', {
    id: 'o1',
    contactId: 'dana',
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: null,
    viaMutual: null,
    aboutId: null,
    at,
    day: '2026-11-16',
    status: 'replied',
    history: [
      { status: 'sent', at, day: '2026-11-16' },
      { status: 'replied', at, day: '2026-11-17' },
    ],
    heldOn: null,
    degreeAtSend: 1,
    note: '',
  });
  db.close();
  return contact;
}

describe('the upgrade that adds chats', () => {
  it('adds the chats store and leaves every record as it was', async () => {
    expect(STEP).toBeGreaterThan(0);
    const before = await version5();
    const db = await openDatabase();
    expect([...db.objectStoreNames]).toContain('chats');
    expect([...db.transaction('chats').store.indexNames].sort()).toEqual(['by-contact', 'by-day']);
    expect(await db.get('contacts', 'dana')).toEqual(before);
    expect(await db.count('chats')).toBe(0);
  });

  it('an old contact reads as suggested by nobody, and its reply can be scheduled', async () => {
    await version5();
    const session = await ask('session.get');
    expect(session.items.map((i) => i.type)).toEqual(['reply']);
    const { chat } = await ask('chat.schedule', {
      outreachId: 'o1',
      day: '2026-11-26',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
    expect(chat).toMatchObject({ contactId: 'dana', where: '', durationMinutes: 30 });
  });
});

describe('backups with chats', () => {
  it('carry the chats and the question bank, and bring them back', async () => {
    await version5();
    await ask('chat.schedule', { outreachId: 'o1', day: '2026-11-26', time: '10:00', timeZone: 'UTC' });
    await ask('questions.set', { questions: ['What surprised you?'] });
    const backup = await ask('backup.export');
    expect(backup.chats).toHaveLength(1);
    expect(backup.questions?.questions).toEqual(['What surprised you?']);
    freshIndexedDB();
    await ask('backup.import', { backup: JSON.parse(JSON.stringify(backup)) });
    expect(await ask('chats.list')).toEqual(backup.chats);
    expect((await ask('questions.get')).questions).toEqual(['What surprised you?']);
  });

  it('a file written before chats existed still imports', async () => {
    await version5();
    const { chats: _c, questions: _q, ...older } = await ask('backup.export');
    freshIndexedDB();
    const summary = await ask('backup.import', { backup: JSON.parse(JSON.stringify(older)) });
    expect(summary).toMatchObject({ contactsAdded: 1, outreachAdded: 1 });
    expect(await ask('chats.list')).toEqual([]);
    expect((await ask('contacts.list'))[0]).toMatchObject({ suggestedBy: null, leadKind: null });
  });
});
