import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import type { Ports } from '../../../src/background/ports';
import { route } from '../../../src/background/router';
import { planInputFrom, planPicture, sentence } from '../../../src/coach/plan';
import { openDatabase } from '../../../src/db/open';
import type { ContactView, Goal, Outreach, PageProfile, TodayView } from '../../../src/model';
import { freshIndexedDB } from '../db/fresh';
import { wordsIn } from '../i18n/words';

const SELF = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const POPUP = { id: 'ext-id', url: 'chrome-extension://ext-id/src/popup/index.html' };
const LINKEDIN_TAB = { id: 'ext-id', url: 'https://www.linkedin.com/in/dana/', tab: { id: 7 } };

const dana: PageProfile = {
  profileUrl: 'https://www.linkedin.com/in/dana/',
  name: 'Dana Whitfield',
  headline: 'UX Researcher',
  company: 'Northwind',
  degree: 2,
  self: false,
  mutualCount: 14,
  mutualNames: ['Priya Raman', 'Tomás Ortega'],
  canConnect: true,
  pending: false,
  inviteNoteLimit: null,
};

let clock = new Date(2026, 10, 22, 9, 30).getTime();
let todays: TodayView[] = [];
let tabs: [number, string | null][] = [];
let tabsChanged: number[] = [];
const ports: Ports = {
  db: openDatabase,
  now: () => clock,
  todayChanged: (today) => todays.push(today),
  tabPerson: (tabId, view) => tabs.push([tabId, view?.contact.name ?? null]),
  tabChanged: (tabId) => tabsChanged.push(tabId),
  refresh: async () => {},
};
const handlers = createHandlers(ports);
/** What the router logged for a developer (the user reads the words instead). */
let reasons: string[] = [];
const english = wordsIn('en');
const ask = (message: unknown, sender: object = POPUP) =>
  route(message, sender, SELF, handlers, (reason) => reasons.push(reason), english);
const NOT_ALLOWED = 'This page may not make that request, so nothing was changed.';

beforeEach(() => {
  freshIndexedDB();
  reasons = [];
  clock = new Date(2026, 10, 22, 9, 30).getTime();
  todays = [];
  tabs = [];
});

/** The content script reports Dana's profile (the tab is badged), then the popup looks her up. */
async function seeDana(profile: PageProfile = dana) {
  const seen = await ask({ type: 'page.profile', profile }, LINKEDIN_TAB);
  if (!seen.ok) throw new Error(seen.error);
  const reply = await ask({ type: 'contact.lookup', profileUrl: profile.profileUrl });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ContactView;
}

describe('the background protocol', () => {
  it('stores a person read on a profile and badges that tab', async () => {
    const { contact } = await seeDana();
    expect(contact).toMatchObject({ name: 'Dana Whitfield', degree: 2, mutualCount: 14, source: 'linkedin' });
    expect(tabs).toEqual([[7, 'Dana Whitfield']]);
    const again = await ask({ type: 'contact.lookup', profileUrl: dana.profileUrl });
    expect(again).toMatchObject({ ok: true, value: { contact: { id: contact.id } } });
  });

  it('saves the Top 20 as contiguous ranks 1..n and clears the rank of anyone removed', async () => {
    const ids: string[] = [];
    for (const name of ['Ana', 'Ben', 'Cleo']) {
      const reply = await ask({
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
      if (!reply.ok) throw new Error(reply.error);
      ids.push((reply.value as { id: string }).id);
    }
    await ask({ type: 'top20.set', ids });
    const [ana, ben, cleo] = ids;
    const saved = await ask({ type: 'top20.set', ids: [ben, cleo] });
    expect(saved).toMatchObject({
      ok: true,
      value: [
        { id: ben, top20Rank: 1 },
        { id: cleo, top20Rank: 2 },
      ],
    });
    const all = await ask({ type: 'contacts.list' });
    const rankOf = (id: string | undefined) =>
      (all.ok ? (all.value as { id: string; top20Rank: number | null }[]) : []).find((c) => c.id === id)
        ?.top20Rank;
    expect([rankOf(ana), rankOf(ben), rankOf(cleo)]).toEqual([null, 1, 2]);
  });

  it('keeps a hand correction of the degree when the page is read again', async () => {
    const { contact } = await seeDana();
    await ask({ type: 'contact.edit', id: contact.id, changes: { degree: 1, mutualCount: 20 } });
    const reread = await seeDana({ ...dana, headline: 'Lead UX Researcher' });
    expect(reread.contact).toMatchObject({ degree: 1, mutualCount: 20, headline: 'Lead UX Researcher' });
  });

  it('never erases a known field because a later read could not find it', async () => {
    await seeDana();
    const reread = await seeDana({ ...dana, headline: null, company: null });
    expect(reread.contact).toMatchObject({ headline: 'UX Researcher', company: 'Northwind' });
  });

  it('logs an outreach once, even when the same request arrives twice', async () => {
    const { contact } = await seeDana();
    const log = {
      type: 'outreach.log',
      requestId: 'draft-1',
      contactId: contact.id,
      kind: 'intro-request',
      channel: 'linkedin-message',
      templateId: 'intro-request',
      viaMutual: 'Priya Raman',
    };
    const [a, b] = await Promise.all([ask(log), ask(log)]);
    expect(a.ok && b.ok).toBe(true);
    const today = await ask({ type: 'today.get' });
    expect(today).toMatchObject({ ok: true, value: { day: '2026-11-22', actions: 1 } });
    await vi.waitFor(() => expect(todays.at(-1)?.actions).toBe(1));
  });

  it('words due follow-ups in the browser language it is told', async () => {
    const { contact } = await seeDana();
    await ask({
      type: 'outreach.log',
      requestId: 'old-ask',
      contactId: contact.id,
      kind: 'inmail',
      channel: 'inmail',
      templateId: null,
      viaMutual: null,
    });
    clock += 30 * 86_400_000;
    const english = await ask({ type: 'due.get' });
    expect(english).toMatchObject({ ok: true, value: [{ type: 'follow-up', contactId: contact.id }] });
    expect((english as { value: { reason: string }[] }).value[0]?.reason).toMatch(/no reply/i);
    const german = createHandlers({ ...ports, language: () => 'de-DE' });
    const reply = await route({ type: 'due.get' }, POPUP, SELF, german, () => {});
    expect((reply as { value: { reason: string }[] }).value[0]?.reason).toMatch(
      /Keine Antwort nach \d+ Werktagen/,
    );
  });

  it('answers plan.get from index counts with the same picture the dashboard draws from the records', async () => {
    expect(await ask({ type: 'plan.get' })).toEqual({ ok: true, value: null });
    const { contact } = await seeDana();
    clock = new Date(2026, 9, 1, 9, 0).getTime();
    await ask({
      type: 'goal.set',
      goal: { chatsTarget: 30, deadline: '2027-02-01', chatsPerWeek: 3, actionsPerDay: 5, minutesPerDay: 30 },
    });
    // Outreach over seven weeks, every third one turned into a chat held that day.
    for (let i = 0; i < 25; i++) {
      clock = new Date(2026, 9, 2 + i * 2, 10, 0).getTime();
      const reply = await ask({
        type: 'outreach.log',
        requestId: `plan-${i}`,
        contactId: contact.id,
        kind: 'inmail',
        channel: 'inmail',
        templateId: null,
        viaMutual: null,
      });
      const id = (reply as { value: { outreach: { id: string } } }).value.outreach.id;
      if (i % 3 === 0) await ask({ type: 'outreach.setStatus', id, status: 'chat-held' });
    }
    clock = new Date(2026, 10, 22, 9, 30).getTime();
    const goal = (await ask({ type: 'goal.get' })) as { value: Goal };
    const all = (await ask({ type: 'outreach.list' })) as { value: Outreach[] };
    const fromRecords = planPicture(planInputFrom(goal.value, '2026-11-22', all.value));
    expect(fromRecords.held).toBeGreaterThan(0);
    expect(await ask({ type: 'plan.get' })).toEqual({
      ok: true,
      value: { ...fromRecords, sentence: sentence(fromRecords) },
    });
  });

  it('counts a log on the local calendar day it happened', async () => {
    const { contact } = await seeDana();
    clock = new Date(2026, 10, 22, 23, 59).getTime();
    await ask({
      type: 'outreach.log',
      requestId: 'late',
      contactId: contact.id,
      kind: 'inmail',
      channel: 'inmail',
      templateId: null,
      viaMutual: null,
    });
    clock = new Date(2026, 10, 23, 0, 1).getTime();
    expect(await ask({ type: 'today.get' })).toMatchObject({
      ok: true,
      value: { day: '2026-11-23', actions: 0 },
    });
  });

  it('undoes the last entry and the contact is no longer marked as contacted', async () => {
    const { contact } = await seeDana();
    const logged = await ask({
      type: 'outreach.log',
      requestId: 'r',
      contactId: contact.id,
      kind: 'inmail',
      channel: 'inmail',
      templateId: null,
      viaMutual: null,
    });
    if (!logged.ok) throw new Error(logged.error);
    const id = (logged.value as { outreach: { id: string } }).outreach.id;
    expect(await ask({ type: 'outreach.undo', id })).toMatchObject({ ok: true, value: { removed: true } });
    expect(await ask({ type: 'contact.get', id: contact.id })).toMatchObject({
      ok: true,
      value: { contact: { lastContactedOn: null }, lastOutreach: null },
    });
  });

  it('refuses what a content script may not do, with a reason', async () => {
    const reply = await ask({ type: 'settings.set', changes: { showBadge: false } }, LINKEDIN_TAB);
    expect(reply).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(reasons).toEqual(['"settings.set" is not allowed from content']);
  });

  const FOREIGN = "This request did not come from one of Coffee Chat Coach's own pages, so it was refused.";

  it('refuses unknown, malformed and foreign messages', async () => {
    const unknown = {
      ok: false,
      error:
        'Coffee Chat Coach did not understand this request, so nothing was changed. Reload this page (the extension may have been updated) and try again.',
    };
    expect(await ask({ type: 'db.drop' })).toEqual(unknown);
    expect(await ask('hello')).toEqual(unknown);
    expect(reasons).toEqual(['unknown message type "db.drop"', 'malformed message: no type']);
    expect(
      await ask({ type: 'profile.seen', profile: { ...dana, profileUrl: 'https://evil.example/in/x/' } }),
    ).toMatchObject({ ok: false });
    expect(
      await ask({ type: 'today.get' }, { id: 'other-extension', url: 'chrome-extension://other/x.html' }),
    ).toEqual({ ok: false, error: FOREIGN });
    expect(
      await ask({ type: 'today.get' }, { id: 'ext-id', url: 'https://evil.example/', tab: { id: 1 } }),
    ).toEqual({ ok: false, error: FOREIGN });
  });

  it('logs a call made yesterday on yesterday, and an entry can be moved to the day it happened', async () => {
    const { contact } = await seeDana();
    const logged = await ask({
      type: 'outreach.log',
      requestId: 'call-1',
      contactId: contact.id,
      kind: 'coffee-chat',
      channel: 'phone',
      templateId: null,
      viaMutual: null,
      day: '2026-11-21',
    });
    expect(logged).toMatchObject({
      ok: true,
      value: { outreach: { day: '2026-11-21', history: [{ day: '2026-11-21' }] } },
    });
    expect(await ask({ type: 'today.get' })).toMatchObject({ ok: true, value: { actions: 0 } });
    const id = (logged as { value: { outreach: { id: string } } }).value.outreach.id;
    const moved = await ask({ type: 'outreach.edit', id, changes: { day: '2026-11-20' } });
    expect(moved).toMatchObject({ ok: true, value: { day: '2026-11-20', history: [{ day: '2026-11-20' }] } });
    expect(await ask({ type: 'outreach.edit', id, changes: { day: '2026-02-30' } })).toMatchObject({
      ok: false,
    });
  });

  it('notices an accepted invitation: pending, then 1st degree on a later read, moves the coach to the coffee-chat ask', async () => {
    const pending = await seeDana({ ...dana, pending: true, canConnect: false });
    expect(pending.suggestions?.[0]).toMatchObject({ action: 'wait' });
    await ask({
      type: 'outreach.log',
      requestId: 'invite-1',
      contactId: pending.contact.id,
      kind: 'invitation-note',
      channel: 'invitation',
      templateId: 'invitation-note-free',
      viaMutual: null,
    });
    const accepted = await seeDana({ ...dana, degree: 1, pending: false, canConnect: false });
    expect(accepted.lastOutreach).toMatchObject({ kind: 'invitation-note', status: 'replied' });
    expect(accepted.suggestions?.[0]).toMatchObject({
      kind: 'coffee-chat',
      channel: 'linkedin-message',
      templateIds: ['linkedin-coffee-chat'],
    });
  });

  it('gives a mutual first known by name only their profile when it is read', async () => {
    const { contact } = await seeDana();
    await ask({
      type: 'outreach.log',
      requestId: 'intro-1',
      contactId: contact.id,
      kind: 'intro-request',
      channel: 'linkedin-message',
      templateId: 'intro-request',
      viaMutual: 'Priya Raman',
      to: { name: 'Priya Raman', profileUrl: null },
    });
    const priya = await seeDana({
      ...dana,
      profileUrl: 'https://www.linkedin.com/in/priya-raman/',
      name: 'Priya Raman',
      degree: 1,
      mutualNames: [],
    });
    expect(priya.lastOutreach).toMatchObject({ kind: 'intro-request', aboutId: contact.id });
    const everyone = await ask({ type: 'contacts.list' });
    expect(
      (everyone as { value: { name: string }[] }).value.filter((c) => c.name === 'Priya Raman'),
    ).toHaveLength(1);
  });

  it('saves the goal and the daily target follows it', async () => {
    await ask({
      type: 'goal.set',
      goal: { chatsTarget: 50, deadline: '2027-03-01', chatsPerWeek: 4, actionsPerDay: 6, minutesPerDay: 30 },
    });
    expect(await ask({ type: 'today.get' })).toMatchObject({
      ok: true,
      value: { actionsTarget: 6, chatsPerWeekTarget: 4 },
    });
    expect(await ask({ type: 'goal.get' })).toMatchObject({ ok: true, value: { startedOn: '2026-11-22' } });
  });
});

describe('a day that is not on the calendar', () => {
  const warm = (lastContactedOn: string | null) => ({
    type: 'contact.create',
    contact: {
      name: 'Rosa',
      relationship: 'friend',
      reach: null,
      howWeKnow: null,
      company: null,
      role: null,
      lastContactedOn,
      notes: '',
    },
  });
  const goal = (deadline: string) => ({
    type: 'goal.set',
    goal: { chatsTarget: 50, deadline, chatsPerWeek: 4, actionsPerDay: 6, minutesPerDay: 30 },
  });

  it('is refused as a goal deadline, naming the field, and no goal is stored', async () => {
    expect(await ask(goal('2026-02-30'))).toEqual({
      ok: false,
      error: 'The field “By this date” is not a real calendar day (like 2026-03-01).',
    });
    expect(reasons).toEqual([
      'invalid "goal.set" at goal.deadline: not a real calendar day (like 2026-03-01)',
    ]);
    expect(await ask(goal('2026-13-01'))).toMatchObject({ ok: false });
    expect(await ask({ type: 'goal.get' })).toEqual({ ok: true, value: null });
    expect(await ask({ type: 'plan.get' })).toEqual({ ok: true, value: null });
  });

  it('is refused as a last-contacted day, and no contact is stored', async () => {
    expect(await ask(warm('2026-02-30'))).toEqual({
      ok: false,
      error: 'The field “Last contacted” is not a real calendar day (like 2026-03-01).',
    });
    expect(await ask({ type: 'contacts.list' })).toEqual({ ok: true, value: [] });
  });

  it('is refused in a hand edit and in a Connections import; the follow-ups still answer', async () => {
    const created = await ask(warm('2026-02-28'));
    if (!created.ok) throw new Error(created.error);
    const id = (created.value as { id: string }).id;
    expect(await ask({ type: 'contact.edit', id, changes: { lastContactedOn: '2025-04-31' } })).toMatchObject(
      { ok: false, error: 'The field “Last contacted” is not a real calendar day (like 2026-03-01).' },
    );
    const row = {
      firstName: 'Li',
      lastName: 'Wei',
      profileUrl: 'https://www.linkedin.com/in/li-wei/',
      email: null,
      company: '',
      position: '',
      connectedOn: '2019-02-29',
    };
    expect(await ask({ type: 'connections.import', rows: [row] })).toMatchObject({
      ok: false,
      error: 'The field “Connected on” is not a real calendar day (like 2026-03-01).',
    });
    expect(await ask({ type: 'contact.get', id })).toMatchObject({
      ok: true,
      value: { contact: { lastContactedOn: '2026-02-28' } },
    });
    expect(await ask({ type: 'contacts.list' })).toMatchObject({ ok: true, value: [{ name: 'Rosa' }] });
    expect(await ask({ type: 'due.get' })).toMatchObject({ ok: true });
  });

  it('is still a day when it is one: 29 February of a leap year', async () => {
    expect(await ask(warm('2024-02-29'))).toMatchObject({
      ok: true,
      value: { lastContactedOn: '2024-02-29' },
    });
  });
});

describe('what a content script may ask', () => {
  it('is limited to reporting the page, reading what the badge shows and confirming what the background offered', async () => {
    const { MESSAGES } = await import('../../../src/messages');
    const allowed = Object.entries(MESSAGES)
      .filter(([, spec]) => (spec.from as readonly string[]).includes('content'))
      .map(([type]) => type)
      .sort();
    expect(allowed).toEqual([
      'page.profile',
      'page.search',
      'page.thread',
      'profile.left',
      'send.seen',
      'send.undo',
      'settings.get',
      'thread.mark',
      'thread.unmark',
      'today.get',
      'words.get',
    ]);
  });

  it('gets back only what the badge shows: no notes, email, history or how the user knows them', async () => {
    const { contact } = await seeDana();
    await ask({
      type: 'contact.edit',
      id: contact.id,
      changes: { notes: 'Met at the meetup; divorced', email: 'dana@example.org', howWeKnow: 'Old flatmate' },
    });
    await ask({
      type: 'outreach.log',
      requestId: 'r-private',
      contactId: contact.id,
      kind: 'coffee-chat',
      channel: 'linkedin-message',
      templateId: null,
      viaMutual: null,
      note: 'Private note on the log',
    });
    const reply = await ask({ type: 'page.profile', profile: dana }, LINKEDIN_TAB);
    expect(reply.ok).toBe(true);
    const text = JSON.stringify(reply);
    for (const secret of ['divorced', 'dana@example.org', 'Old flatmate', 'Private note', contact.id])
      expect(text).not.toContain(secret);
    expect(reply).toMatchObject({ ok: true, value: { degree: 2, mutualCount: 14, top20: false } });
    expect(Object.keys((reply as { value: object }).value).sort()).toEqual([
      'degree',
      'lastContactedOn',
      'mutualCount',
      'suggestion',
      'top20',
    ]);
  });

  it('cannot look a person up or upsert one through the extension pages’ messages', async () => {
    for (const message of [
      { type: 'contact.lookup', profileUrl: dana.profileUrl },
      { type: 'profile.seen', profile: dana },
    ]) {
      expect(await ask(message, LINKEDIN_TAB)).toEqual({ ok: false, error: NOT_ALLOWED });
      expect(reasons.at(-1)).toBe(`"${message.type}" is not allowed from content`);
    }
  });

  it.each([
    'backup.export',
    'backup.import',
    'contact.delete',
    'settings.set',
    'connections.import',
    'outreach.log',
  ])('cannot %s', async (type) => {
    const reply = await ask({ type }, LINKEDIN_TAB);
    expect(reply).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(reasons).toEqual([`"${type}" is not allowed from content`]);
  });
});

describe('what the extension notices on a page the user opened', () => {
  const thread = (
    lastFrom: 'me' | 'them' | null,
    people: { name: string; profileUrl: string | null }[] = [
      { name: 'Dana Whitfield', profileUrl: dana.profileUrl },
    ],
  ) => ({
    type: 'page.thread',
    thread: { with: people, fromMe: 1, fromThem: lastFrom === 'them' ? 1 : 0, lastFrom },
  });
  async function askedDana() {
    const { contact } = await seeDana({ ...dana, degree: 1 });
    const logged = await ask({
      type: 'outreach.log',
      requestId: 'ask-1',
      contactId: contact.id,
      kind: 'coffee-chat',
      channel: 'linkedin-message',
      templateId: 'linkedin-coffee-chat',
      viaMutual: null,
    });
    return (logged as { value: { outreach: { id: string } } }).value.outreach.id;
  }

  it('offers "Dana replied — mark as replied" when her message is the newest, and marks it on one click (undoable)', async () => {
    const id = await askedDana();
    expect(await ask(thread('me'), LINKEDIN_TAB)).toEqual({ ok: true, value: { reply: null } });
    const offer = await ask(thread('them'), LINKEDIN_TAB);
    expect(offer).toEqual({
      ok: true,
      value: { reply: { name: 'Dana Whitfield', outreachId: id, marked: false } },
    });
    expect(await ask({ type: 'thread.mark', outreachId: id }, LINKEDIN_TAB)).toEqual({
      ok: true,
      value: { ok: true },
    });
    const list = await ask({ type: 'outreach.list' });
    expect((list as { value: { status: string }[] }).value[0]?.status).toBe('replied');
    await ask({ type: 'thread.unmark', outreachId: id }, LINKEDIN_TAB);
    const again = await ask({ type: 'outreach.list' });
    expect((again as { value: { status: string }[] }).value[0]?.status).toBe('sent');
  });

  it('a conversation opened on a tab tells the side panel to follow it, replied or not', async () => {
    await askedDana();
    tabsChanged = [];
    await ask(thread('me'), LINKEDIN_TAB);
    await ask(thread('them'), LINKEDIN_TAB);
    expect(tabsChanged).toEqual([LINKEDIN_TAB.tab.id, LINKEDIN_TAB.tab.id]);
  });

  it('never marks what it did not offer on that tab, and reads nothing into a group conversation', async () => {
    const id = await askedDana();
    expect(await ask({ type: 'thread.mark', outreachId: id }, LINKEDIN_TAB)).toEqual({
      ok: true,
      value: { ok: false },
    });
    const group = thread('them', [
      { name: 'Dana Whitfield', profileUrl: dana.profileUrl },
      { name: 'Lee Chen', profileUrl: null },
    ]);
    expect(await ask(group, LINKEDIN_TAB)).toEqual({ ok: true, value: { reply: null } });
  });

  it('marks the reply by itself when the setting says so, and still offers the undo', async () => {
    const id = await askedDana();
    await ask({ type: 'settings.set', changes: { autoMarkReplies: true } });
    expect(await ask(thread('them'), LINKEDIN_TAB)).toMatchObject({
      ok: true,
      value: { reply: { outreachId: id, marked: true } },
    });
    expect(await ask({ type: 'thread.unmark', outreachId: id }, LINKEDIN_TAB)).toEqual({
      ok: true,
      value: { ok: true },
    });
  });

  it('logs on the user’s own Send what the popup inserted — once, whether or not they also press Log as sent — with an undo', async () => {
    const { contact } = await seeDana({ ...dana, degree: 1 });
    const request = {
      requestId: 'draft-send-1',
      contactId: contact.id,
      kind: 'coffee-chat',
      channel: 'linkedin-message',
      templateId: 'linkedin-coffee-chat',
      viaMutual: null,
    };
    // A content script cannot log anything nobody registered.
    expect(await ask({ type: 'send.seen', requestId: 'draft-send-1' }, LINKEDIN_TAB)).toEqual({
      ok: true,
      value: { logged: null },
    });
    expect(await ask({ type: 'send.expect', tabId: 7, request })).toEqual({
      ok: true,
      value: { watching: true },
    });
    expect(await ask({ type: 'send.seen', requestId: 'draft-send-1' }, LINKEDIN_TAB)).toEqual({
      ok: true,
      value: { logged: { name: 'Dana Whitfield', requestId: 'draft-send-1' } },
    });
    const button = await ask({ type: 'outreach.log', ...request });
    expect(button).toMatchObject({ ok: true, value: { duplicate: true } });
    expect(await ask({ type: 'today.get' })).toMatchObject({ ok: true, value: { actions: 1 } });
    await ask({ type: 'send.undo', requestId: 'draft-send-1' }, LINKEDIN_TAB);
    expect(await ask({ type: 'today.get' })).toMatchObject({ ok: true, value: { actions: 0 } });
  });

  it('does not watch for Send when the user turned it off', async () => {
    const { contact } = await seeDana();
    await ask({ type: 'settings.set', changes: { logOwnSend: false } });
    const request = {
      requestId: 'r',
      contactId: contact.id,
      kind: 'inmail',
      channel: 'inmail',
      templateId: null,
      viaMutual: null,
    };
    expect(await ask({ type: 'send.expect', tabId: 7, request })).toEqual({
      ok: true,
      value: { watching: false },
    });
    expect(await ask({ type: 'send.seen', requestId: 'r' }, LINKEDIN_TAB)).toEqual({
      ok: true,
      value: { logged: null },
    });
  });
});

describe('a people-search page', () => {
  const results = [
    {
      name: 'Dana Whitfield',
      profileUrl: dana.profileUrl,
      degree: 2 as const,
      mutualCount: 14,
      mutualNames: ['Priya Raman'],
    },
    {
      name: 'Lee Chen',
      profileUrl: 'https://www.linkedin.com/in/lee-chen/',
      degree: 3 as const,
      mutualCount: 0,
      mutualNames: [],
    },
  ];

  it('tells the page only whom the user knows — in the Top 20, last contacted — and nothing else', async () => {
    const { contact } = await seeDana();
    await ask({ type: 'contact.edit', id: contact.id, changes: { notes: 'private words' } });
    await ask({ type: 'top20.set', ids: [contact.id] });
    const reply = await ask({ type: 'page.search', results }, LINKEDIN_TAB);
    expect(reply).toEqual({
      ok: true,
      value: { known: [{ profileUrl: dana.profileUrl, top20: true, lastContactedOn: null }] },
    });
    expect(JSON.stringify(reply)).not.toContain('private words');
  });

  it('lists each result with the coach’s channel, and adds one to the Top 20 from the list', async () => {
    const listed = await ask({ type: 'search.view', results });
    expect(listed).toMatchObject({
      ok: true,
      value: [
        {
          result: { name: 'Dana Whitfield' },
          contactId: null,
          suggestion: { kind: 'intro-request', viaMutual: 'Priya Raman' },
        },
        { result: { name: 'Lee Chen' }, suggestion: { kind: 'invitation-note' } },
      ],
    });
    const added = await ask({ type: 'search.addTop20', result: [results[1]] });
    expect(added).toMatchObject({ ok: true, value: [{ top20: true, result: { name: 'Lee Chen' } }] });
    const everyone = await ask({ type: 'contacts.list' });
    expect((everyone as { value: { name: string; top20Rank: number | null }[] }).value).toEqual([
      expect.objectContaining({ name: 'Lee Chen', top20Rank: 1 }),
    ]);
  });
});
