// "Merge with…" through the protocol: two records of one person become one, keeping both
// histories, the notes, the better Top 20 place and what the user typed.
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import { route } from '../../../src/background/router';
import { NOTES_SEPARATOR } from '../../../src/coach/merge-contacts';
import { openDatabase } from '../../../src/db/open';
import {
  type Contact,
  ContactSchema,
  type Draft,
  type Opportunity,
  type Outreach,
  type PageProfile,
} from '../../../src/model';
import { wordsIn } from '../i18n/words';
import { freshIndexedDB } from './fresh';

const SELF = { id: 'x', origin: 'chrome-extension://x/' };
const PAGE = { id: 'x', url: 'chrome-extension://x/src/dashboard/index.html' };
const LINKEDIN = { id: 'x', url: 'https://www.linkedin.com/in/someone/', tab: { id: 3 } };
let clock = Date.UTC(2026, 0, 10, 9);
const handlers = createHandlers({
  db: openDatabase,
  now: () => clock,
  todayChanged() {},
  tabPerson() {},
  refresh: async () => {},
});
async function ask<T>(message: object, sender: object = PAGE): Promise<T> {
  const reply = await route(message, sender, SELF, handlers, () => {});
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}
const refused = async (message: object) => {
  const reply = await route(message, PAGE, SELF, handlers, () => {}, wordsIn('en'));
  return reply.ok ? null : reply.error;
};

/** A person read on LinkedIn at `slug`, an hour after the last one (so "older" is clear). */
async function seen(slug: string, fields: Partial<PageProfile> = {}): Promise<Contact> {
  clock += 3_600_000;
  const profile: PageProfile = {
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    name: 'Siobhán Ní Bhriain',
    headline: null,
    company: null,
    degree: 1,
    self: false,
    mutualCount: 0,
    mutualNames: [],
    canConnect: false,
    pending: false,
    inviteNoteLimit: null,
    ...fields,
  };
  await ask({ type: 'page.profile', profile }, LINKEDIN);
  return (await ask<{ contact: Contact }>({ type: 'contact.lookup', profileUrl: profile.profileUrl }))
    .contact;
}
async function warm(name: string): Promise<Contact> {
  clock += 3_600_000;
  return ask<Contact>({
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
}
async function log(contactId: string, note: string): Promise<Outreach> {
  clock += 60_000;
  const { outreach } = await ask<{ outreach: Outreach }>({
    type: 'outreach.log',
    requestId: `r-${clock}`,
    contactId,
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: null,
    viaMutual: null,
    note,
  });
  return outreach;
}
const merge = (id: string, otherId: string) =>
  ask<{ contact: Contact; removedId: string }>({ type: 'contact.merge', id, otherId });
const everyone = () => ask<Contact[]>({ type: 'contacts.list' });
const top20 = async () =>
  (await everyone())
    .filter((c) => c.top20Rank !== null)
    .sort((a, b) => (a.top20Rank ?? 0) - (b.top20Rank ?? 0))
    .map((c) => [c.top20Rank, c.name]);

beforeEach(() => {
  freshIndexedDB();
  clock = Date.UTC(2026, 0, 10, 9);
});

describe('merging two contacts', () => {
  it('keeps both histories under the older record, whichever page the merge starts from', async () => {
    const first = await seen('siobhan-ni-bhriain-1a2b');
    const second = await seen('siobhan-nibhriain');
    await log(first.id, 'Asked for a chat');
    await log(second.id, 'Thank-you after the chat');

    const { contact, removedId } = await merge(second.id, first.id);
    expect(contact.id).toBe(first.id);
    expect(removedId).toBe(second.id);
    expect((await everyone()).map((c) => c.id)).toEqual([first.id]);
    const history = await ask<Outreach[]>({ type: 'outreach.list', contactId: first.id });
    expect(history.map((o) => o.note).sort()).toEqual(['Asked for a chat', 'Thank-you after the chat']);
    expect(await ask({ type: 'contact.get', id: second.id })).toBeNull();
  });

  it('keeps the better Top 20 place and closes the gap the other left', async () => {
    const ana = await warm('Ana');
    const first = await seen('siobhan-a');
    const ben = await warm('Ben');
    const second = await seen('siobhan-b');
    const cleo = await warm('Cleo');
    await ask({ type: 'top20.set', ids: [ana.id, second.id, ben.id, first.id, cleo.id] });

    await merge(first.id, second.id);
    expect(await top20()).toEqual([
      [1, 'Ana'],
      [2, 'Siobhán Ní Bhriain'],
      [3, 'Ben'],
      [4, 'Cleo'],
    ]);
  });

  it('joins the notes, keeps hand edits over page reads, and the latest contact and earliest connection', async () => {
    const first = await seen('siobhan-a', { company: 'Acme', headline: 'Analyst' });
    await ask({
      type: 'contact.edit',
      id: first.id,
      changes: {
        company: 'Globex',
        notes: 'Met at the 2019 meetup',
        connectedOn: '2019-05-01',
        lastContactedOn: '2025-03-01',
      },
    });
    const second = await seen('siobhan-b', { company: 'Initech', headline: 'Data lead' });
    await ask({
      type: 'contact.edit',
      id: second.id,
      changes: { notes: 'Knows the data team', connectedOn: '2021-01-01', lastContactedOn: '2026-01-02' },
    });

    const { contact } = await merge(first.id, second.id);
    expect(contact).toMatchObject({
      company: 'Globex',
      headline: 'Data lead',
      notes: `Met at the 2019 meetup${NOTES_SEPARATOR}Knows the data team`,
      connectedOn: '2019-05-01',
      lastContactedOn: '2026-01-02',
      profileUrl: 'https://www.linkedin.com/in/siobhan-a/',
    });
    expect(new Set(contact.userEdited)).toEqual(
      new Set(['company', 'notes', 'connectedOn', 'lastContactedOn']),
    );
    expect(v.safeParse(ContactSchema, contact).success).toBe(true);
  });

  it('points opportunities and the draft at the person who stays', async () => {
    const first = await seen('siobhan-a');
    const second = await seen('siobhan-b');
    const card = (id: string, contactIds: string[]): Opportunity => ({
      id,
      contactIds,
      title: id,
      stage: 'ideas',
      order: 0,
      stageHistory: [],
      notes: '',
      createdAt: 0,
      updatedAt: 0,
    });
    await ask({
      type: 'opportunities.save',
      opportunities: [card('both', [first.id, second.id]), card('one', [second.id])],
    });
    const draft: Draft = {
      key: second.id,
      templateId: 't',
      subject: null,
      body: 'Dear Siobhán',
      viaMutual: null,
      updatedAt: 1,
    };
    await ask({ type: 'draft.save', draft });

    await merge(first.id, second.id);
    const cards = await ask<Opportunity[]>({ type: 'opportunities.list' });
    expect(Object.fromEntries(cards.map((o) => [o.id, o.contactIds]))).toEqual({
      both: [first.id],
      one: [first.id],
    });
    expect(await ask({ type: 'draft.get', key: first.id })).toMatchObject({ body: 'Dear Siobhán' });
    expect(await ask({ type: 'draft.get', key: second.id })).toBeNull();
  });

  it('gives a warm contact the LinkedIn profile of the record merged into it', async () => {
    const friend = await warm('Siobhán Ní Bhriain');
    const onLinkedIn = await seen('siobhan-a', { headline: 'Data lead' });
    const { contact } = await merge(onLinkedIn.id, friend.id);
    expect(contact).toMatchObject({
      id: friend.id,
      source: 'warm',
      relationship: 'friend',
      headline: 'Data lead',
      profileUrl: 'https://www.linkedin.com/in/siobhan-a/',
    });
    const found = await ask<{ contact: Contact }>({
      type: 'contact.lookup',
      profileUrl: 'https://www.linkedin.com/in/siobhan-a/',
    });
    expect(found.contact.id).toBe(friend.id);
  });

  it('refuses a merge with itself, with someone gone, or of notes too long for one person, and changes nothing', async () => {
    const first = await seen('siobhan-a');
    const second = await seen('siobhan-b');
    await log(second.id, 'Asked for a chat');
    expect(await refused({ type: 'contact.merge', id: first.id, otherId: first.id })).toMatch(/itself/);
    expect(await refused({ type: 'contact.merge', id: first.id, otherId: 'gone' })).toMatch(
      /no longer exists/,
    );

    await ask({ type: 'contact.edit', id: first.id, changes: { notes: 'a'.repeat(12_000) } });
    await ask({ type: 'contact.edit', id: second.id, changes: { notes: 'b'.repeat(12_000) } });
    expect(await refused({ type: 'contact.merge', id: first.id, otherId: second.id })).toMatch(/Shorten/);
    expect((await everyone()).length).toBe(2);
    expect(await ask<Outreach[]>({ type: 'outreach.list', contactId: second.id })).toHaveLength(1);
  });

  it('is not something a LinkedIn page may ask for', async () => {
    const reply = await route(
      { type: 'contact.merge', id: 'a', otherId: 'b' },
      LINKEDIN,
      SELF,
      handlers,
      () => {},
    );
    expect(reply).toMatchObject({ ok: false });
  });
});
