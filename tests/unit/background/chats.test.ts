// A coffee chat from the reply to the thank-you, through the real handlers over fake-indexeddb:
// scheduled, written up (held, a lesson, the leads they gave), and what Today makes of it.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import type { Ports } from '../../../src/background/ports';
import { route } from '../../../src/background/router';
import { openDatabase } from '../../../src/db/open';
import { STORE_NAMES } from '../../../src/db/schema';
import type { Responses } from '../../../src/messages';
import type { Contact } from '../../../src/model';
import { freshIndexedDB } from '../db/fresh';

const SELF = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const PAGE = { id: 'ext-id', url: 'chrome-extension://ext-id/src/dashboard/index.html' };
const LINKEDIN_TAB = { id: 'ext-id', url: 'https://www.linkedin.com/in/dana/', tab: { id: 7 } };

// Tuesday 24 November 2026, 9:30 local time.
let clock = new Date(2026, 10, 24, 9, 30).getTime();
let refreshed = 0;
const ports: Ports = {
  db: openDatabase,
  now: () => clock,
  todayChanged: () => {},
  tabPerson: () => {},
  refresh: async () => void refreshed++,
};
const handlers = createHandlers(ports);

async function ask<K extends keyof Responses>(type: K, body: object = {}, sender: object = PAGE) {
  const reply = await route({ type, ...body }, sender, SELF, handlers, () => {});
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Responses[K];
}
const refused = async (type: string, body: object = {}, sender: object = PAGE) => {
  const reply = await route({ type, ...body }, sender, SELF, handlers, () => {});
  return reply.ok ? null : reply.error;
};

async function person(slug: string, name: string, extra: object = {}): Promise<Contact> {
  const view = await ask('profile.seen', {
    profile: {
      profileUrl: `https://www.linkedin.com/in/${slug}/`,
      name,
      headline: 'UX Research Lead',
      company: 'Northwind',
      degree: 1,
      self: false,
      mutualCount: 0,
      mutualNames: [],
      canConnect: false,
      pending: false,
      inviteNoteLimit: null,
      ...extra,
    },
  });
  return view.contact;
}

/** Dana was asked on Monday 16 November and replied: the chat is to be scheduled. */
async function replied() {
  const dana = await person('dana', 'Dana Reyes');
  clock = new Date(2026, 10, 16, 10).getTime();
  const { outreach } = await ask('outreach.log', {
    requestId: 'r1',
    contactId: dana.id,
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: 'linkedin-coffee-chat',
    viaMutual: null,
  });
  await ask('outreach.setStatus', { id: outreach.id, status: 'replied' });
  clock = new Date(2026, 10, 24, 9, 30).getTime();
  return { dana, outreach };
}

const schedule = (outreachId: string, day = '2026-11-24', time = '16:00') =>
  ask('chat.schedule', {
    outreachId,
    day,
    time,
    timeZone: 'Europe/Berlin',
    where: 'https://meet.example/abc',
  });

beforeEach(() => {
  freshIndexedDB();
  clock = new Date(2026, 10, 24, 9, 30).getTime();
  refreshed = 0;
});

describe('scheduling a chat a reply led to', () => {
  it('records the day, time and place and marks the outreach "chat scheduled"', async () => {
    const { dana, outreach } = await replied();
    const { chat, outreach: after } = await schedule(outreach.id);
    expect(chat).toMatchObject({
      outreachId: outreach.id,
      contactId: dana.id,
      day: '2026-11-24',
      time: '16:00',
      durationMinutes: 30,
      timeZone: 'Europe/Berlin',
      where: 'https://meet.example/abc',
    });
    expect(after.status).toBe('chat-scheduled');
    expect(after.history.map((s) => s.status)).toEqual(['sent', 'replied', 'chat-scheduled']);
    expect(await ask('chats.list')).toEqual([chat]);
    // Moved to another day: the same chat, one history step.
    const moved = await schedule(outreach.id, '2026-11-26', '09:00');
    expect(moved.chat).toMatchObject({ day: '2026-11-26', time: '09:00', createdAt: chat.createdAt });
    expect(moved.outreach.history).toHaveLength(3);
    expect(await ask('chats.list')).toHaveLength(1);
  });

  it('today, the chat is on the session with its brief; a bad time or a content script is refused', async () => {
    const { outreach } = await replied();
    await schedule(outreach.id);
    const session = await ask('session.get');
    expect(session.chatsToday.map((c) => c.time)).toEqual(['16:00']);
    expect(session.briefs[0]?.person).toMatchObject({ name: 'Dana Reyes', company: 'Northwind' });
    expect(session.briefs[0]?.asked.map((a) => a.kind)).toEqual(['coffee-chat']);
    expect(
      await refused('chat.schedule', {
        outreachId: outreach.id,
        day: '2026-11-24',
        time: '25:00',
        timeZone: 'UTC',
      }),
    ).toMatch(/time/);
    expect(await refused('session.get', {}, LINKEDIN_TAB)).toBe('requestNotAllowed');
    expect(await refused('data.deleteAll', { confirm: true }, LINKEDIN_TAB)).toBe('requestNotAllowed');
  });
});

describe('after the chat', () => {
  it('marks it held, keeps the notes, adds the lesson, and queues the thank-you on today’s list', async () => {
    const { dana, outreach } = await replied();
    await schedule(outreach.id, '2026-11-23', '16:00');
    expect((await ask('session.get')).items.map((i) => [i.type, i.contactId])).toEqual([
      ['debrief', dana.id],
    ]);

    const result = await ask('chat.debrief', {
      outreachId: outreach.id,
      notes: 'Warm, 40 minutes. Research ops is hiring in spring.',
      lesson: 'Lead with the teaching-to-research bridge, not the bootcamp.',
    });
    // Held on the day it was scheduled for.
    expect(result.outreach).toMatchObject({ status: 'chat-held', heldOn: '2026-11-23' });
    expect(result.chat.notes).toBe('Warm, 40 minutes. Research ops is hiring in spring.');
    expect((await ask('me.get')).lessons).toEqual([
      {
        day: '2026-11-23',
        contactId: dana.id,
        text: 'Lead with the teaching-to-research bridge, not the bootcamp.',
      },
    ]);
    expect(await ask('due.get')).toEqual([
      expect.objectContaining({ type: 'thank-you', contactId: dana.id, outreachId: outreach.id }),
    ]);
    expect((await ask('session.get')).items).toEqual([
      expect.objectContaining({
        type: 'thank-you',
        contactId: dana.id,
        reason: 'You held a chat: send a thank-you.',
      }),
    ]);
    expect((await ask('today.get')).chatsThisWeek).toBe(1);
    expect(refreshed).toBeGreaterThan(0);
  });

  it('the people they suggested become contacts marked "suggested by Dana"; one already known is marked too', async () => {
    const { dana, outreach } = await replied();
    const kim = await person('kim-lo', 'Kim Lo', { degree: 2 });
    const { leads } = await ask('chat.debrief', {
      outreachId: outreach.id,
      leads: [
        { name: 'Lee Wong', company: 'Globex', kind: 'suggested' },
        { name: 'Kim Lo', profileUrl: 'https://www.linkedin.com/in/kim-lo/', kind: 'introduced' },
      ],
    });
    expect(leads.map((c) => [c.name, c.suggestedBy, c.leadKind])).toEqual([
      ['Lee Wong', dana.id, 'suggested'],
      ['Kim Lo', dana.id, 'introduced'],
    ]);
    expect(leads[1]?.id).toBe(kim.id);
    const lee = (await ask('contacts.list')).find((c) => c.name === 'Lee Wong');
    expect(lee).toMatchObject({ company: 'Globex', suggestedBy: dana.id, source: 'linkedin' });
    const items = (await ask('session.get')).items;
    expect(items.find((i) => i.contactId === lee?.id)?.reason).toBe(
      'Dana Reyes suggested you talk to them: write while the name is fresh.',
    );
    expect(items.find((i) => i.contactId === kim.id)?.reason).toBe(
      'Dana Reyes introduced you: answer while the introduction is warm.',
    );
  });

  it('writes nothing when the outreach is gone', async () => {
    const { outreach } = await replied();
    await ask('outreach.undo', { id: outreach.id });
    expect(
      await refused('chat.debrief', {
        outreachId: outreach.id,
        lesson: 'x',
        leads: [{ name: 'Lee', kind: 'suggested' }],
      }),
    ).toMatch(/no longer exists/);
    expect((await ask('contacts.list')).map((c) => c.name)).toEqual(['Dana Reyes']);
    expect((await ask('me.get')).lessons).toEqual([]);
    expect(await ask('chats.list')).toEqual([]);
  });

  it('a chat through an introduction is with the person met: the thank-you goes to them, the update to the mutual', async () => {
    const dana = await person('dana', 'Dana Reyes', {
      degree: 2,
      mutualNames: ['Priya Raman'],
      mutualCount: 1,
    });
    const { outreach } = await ask('outreach.log', {
      requestId: 'r-intro',
      contactId: dana.id,
      kind: 'intro-request',
      channel: 'linkedin-message',
      templateId: 'intro-request',
      viaMutual: 'Priya Raman',
      to: { name: 'Priya Raman', profileUrl: null },
    });
    const { chat } = await schedule(outreach.id);
    expect(chat.contactId).toBe(dana.id);
    const brief = await ask('brief.get', { outreachId: outreach.id });
    expect(brief?.connection.introducedBy).toBe('Priya Raman');
    await ask('chat.debrief', { outreachId: outreach.id });
    const items = (await ask('session.get')).items.map((i) => [i.type, i.contactId]);
    expect(items).toEqual([
      ['thank-you', dana.id],
      ['intro-update', outreach.contactId],
    ]);
  });
});

describe('drafts', () => {
  const draft = (key: string, body: string, updatedAt: number) => ({
    draft: { key, templateId: 'linkedin-coffee-chat', subject: null, body, viaMutual: null, updatedAt },
  });

  it('lists the drafts waiting with their person, newest first', async () => {
    const dana = await person('dana', 'Dana Reyes');
    const lee = await person('lee', 'Lee Wong');
    await ask('draft.save', draft(dana.id, 'Hi Dana', clock - 60_000));
    await ask('draft.save', draft(lee.id, 'Hi Lee', clock));
    await ask('draft.save', draft('new:https://www.linkedin.com/in/ava/', 'Hi Ava', clock - 120_000));
    expect((await ask('drafts.list')).map((d) => [d.name, d.contactId, d.draft.body])).toEqual([
      ['Lee Wong', lee.id, 'Hi Lee'],
      ['Dana Reyes', dana.id, 'Hi Dana'],
      ['https://www.linkedin.com/in/ava/', null, 'Hi Ava'],
    ]);
  });

  it('"Log as sent" removes the draft in its own transaction; a save still on its way does not bring it back', async () => {
    const dana = await person('dana', 'Dana Reyes');
    const typedAt = clock;
    await ask('draft.save', draft(dana.id, 'Hi Dana, would you have 20 minutes?', typedAt));
    clock += 1000;
    await ask('outreach.log', {
      requestId: 'r-log',
      contactId: dana.id,
      kind: 'coffee-chat',
      channel: 'linkedin-message',
      templateId: 'linkedin-coffee-chat',
      viaMutual: null,
      discardDraft: true,
    });
    // The popup closed right after the click: there is no second request to make.
    expect(await ask('drafts.list')).toEqual([]);
    // The composer's last keystroke, saved a moment after it was typed, arrives late.
    await ask('draft.save', draft(dana.id, 'Hi Dana, would you have 20 minutes?!', typedAt + 500));
    expect(await ask('drafts.list')).toEqual([]);
    expect(await ask('draft.get', { key: dana.id })).toBeNull();
    // A new message started after the log is kept.
    await ask('draft.save', draft(dana.id, 'Thank you, Dana!', clock + 5000));
    expect((await ask('drafts.list')).map((d) => d.draft.body)).toEqual(['Thank you, Dana!']);
  });
});

describe('delete everything', () => {
  it('empties every store in one go and says how many records went', async () => {
    const { outreach } = await replied();
    await schedule(outreach.id);
    await ask('me.set', { changes: { story: 'Teacher turning researcher' } });
    await ask('questions.set', { questions: ['What surprised you?'] });
    const { removed } = await ask('data.deleteAll', { confirm: true });
    expect(removed).toBeGreaterThanOrEqual(5);
    const db = await openDatabase();
    for (const store of STORE_NAMES) expect(await db.count(store), store).toBe(0);
    expect(await ask('contacts.list')).toEqual([]);
    expect((await ask('me.get')).story).toBe('');
  });

  it('is refused without its confirmation', async () => {
    await replied();
    expect(await refused('data.deleteAll', {})).toMatch(/fieldMissing\(field=confirm\)/);
    expect(await ask('contacts.list')).toHaveLength(1);
  });
});

describe('the question bank', () => {
  it('starts as the default set in the UI language and keeps the user’s edits until reset', async () => {
    const first = await ask('questions.get');
    expect(first.custom).toBe(false);
    expect(first.questions.at(-1)).toBe('Who else would you suggest I talk to?');
    await ask('questions.set', { questions: ['What surprised you?', 'Who else?'] });
    expect(await ask('questions.get')).toEqual({
      custom: true,
      questions: ['What surprised you?', 'Who else?'],
    });
    expect((await ask('questions.set', { questions: null })).custom).toBe(false);
  });
});
