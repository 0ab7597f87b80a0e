import { describe, expect, it } from 'vitest';
import { coachTextFor } from '../../../src/coach/text';
import { type TodayInput, todayQueue } from '../../../src/coach/today';
import type { Chat, Draft } from '../../../src/model';
import { at, contact, outreach } from './factories';

// Sunday 22 November 2026.
const today = '2026-11-22';
const local = (day: string, hour = 12) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour).getTime();
};

const chat = (fields: Partial<Chat> & Pick<Chat, 'outreachId' | 'contactId' | 'day'>): Chat => ({
  time: '10:00',
  durationMinutes: 30,
  timeZone: 'Europe/Berlin',
  where: '',
  notes: '',
  heldAt: null,
  createdAt: 0,
  updatedAt: 0,
  ...fields,
});
const draft = (key: string, updatedAt: number): Draft => ({
  key,
  templateId: 'linkedin-coffee-chat',
  subject: null,
  body: 'Hi — would you have 20 minutes?',
  viaMutual: null,
  updatedAt,
});

const queue = (input: Partial<TodayInput>) =>
  todayQueue({
    today,
    contacts: [],
    outreach: [],
    drafts: [],
    chats: [],
    followUpAfterDays: 7,
    secondPersonAfterDays: 3,
    ...input,
  });

describe("today's queue", () => {
  it('ranks a chat to write up, a thank-you, a reply, a follow-up, a draft, a lead, the Top 20, a reconnect and a profile seen — each saying why now', () => {
    const contacts = [
      contact({ id: 'held', name: 'Hana' }),
      contact({ id: 'thanks', name: 'Theo' }),
      contact({ id: 'replied', name: 'Rui' }),
      contact({ id: 'silent', name: 'Sam' }),
      contact({ id: 'drafted', name: 'Dora' }),
      contact({
        id: 'lead',
        name: 'Lee',
        suggestedBy: 'thanks',
        leadKind: 'suggested',
        createdAt: local('2026-11-20'),
      }),
      contact({ id: 'top', name: 'Tia', top20Rank: 2 }),
      contact({ id: 'old', name: 'Olga', connectedOn: '2019-05-01', source: 'imported' }),
      contact({ id: 'seen', name: 'Sven', updatedAt: local('2026-11-21') }),
    ];
    const list = [
      outreach({ id: 'o-held', contactId: 'held', day: '2026-11-10' }, [['chat-scheduled', '2026-11-12']]),
      outreach({ id: 'o-thanks', contactId: 'thanks', day: '2026-11-02' }, [['chat-held', '2026-11-20']]),
      outreach({ id: 'o-replied', contactId: 'replied', day: '2026-11-18' }, [['replied', '2026-11-19']]),
      // Wednesday 11 November: 7 business days later is Friday 20 November.
      outreach({ id: 'o-silent', contactId: 'silent', day: '2026-11-11' }),
    ];
    const { items } = queue({
      contacts,
      outreach: list,
      chats: [chat({ outreachId: 'o-held', contactId: 'held', day: '2026-11-19' })],
      drafts: [draft('drafted', local('2026-11-21'))],
    });
    expect(items.map((i) => [i.type, i.contactId, i.reason])).toEqual([
      [
        'debrief',
        'held',
        'Your chat was 3 days ago: how did it go? Note what you learned and the names they gave.',
      ],
      ['thank-you', 'thanks', 'You held a chat: send a thank-you.'],
      ['reply', 'replied', 'They replied: agree on a day and a time for the chat.'],
      ['follow-up', 'silent', 'No reply after 7 business days: one short follow-up.'],
      ['draft', 'drafted', 'Your draft is waiting (started yesterday): finish it and press Send yourself.'],
      ['lead', 'lead', 'Theo suggested you talk to them: write while the name is fresh.'],
      ['top20', 'top', 'Number 2 in your Top 20, not contacted yet.'],
      ['reconnect', 'old', 'Connected in 2019, no contact since: reconnect.'],
      ['seen', 'seen', 'You looked at their profile (yesterday) and have not written yet.'],
    ]);
  });

  it('puts the thank-you for a chat held today on today’s list: within 24 hours, not tomorrow', () => {
    const { items, tomorrow } = queue({
      contacts: [contact({ id: 'dana', name: 'Dana' })],
      outreach: [outreach({ id: 'o1', contactId: 'dana', day: '2026-11-16' }, [['chat-held', today]])],
    });
    expect(items).toEqual([
      expect.objectContaining({
        type: 'thank-you',
        contactId: 'dana',
        reason: 'You held a chat today: a thank-you within 24 hours keeps the door open.',
      }),
    ]);
    expect(tomorrow).toEqual([]);
  });

  it('after an introduction, thanks the person met and tells the mutual how it went', () => {
    const { items } = queue({
      contacts: [contact({ id: 'priya', name: 'Priya' }), contact({ id: 'dana', name: 'Dana' })],
      outreach: [
        outreach(
          { id: 'o1', contactId: 'priya', aboutId: 'dana', kind: 'intro-request', day: '2026-11-10' },
          [['chat-held', today]],
        ),
      ],
    });
    expect(items.map((i) => [i.type, i.contactId])).toEqual([
      ['thank-you', 'dana'],
      ['intro-update', 'priya'],
    ]);
  });

  it('lists one item per person: the most pressing', () => {
    const { items } = queue({
      contacts: [contact({ id: 'sam', name: 'Sam', top20Rank: 1 })],
      outreach: [outreach({ id: 'o1', contactId: 'sam', day: '2026-11-11' })],
      drafts: [draft('sam', local('2026-11-21'))],
    });
    expect(items.map((i) => i.type)).toEqual(['follow-up']);
  });

  it('says what falls due tomorrow, and which chats are on today’s and tomorrow’s calendar', () => {
    // Thursday 12 November + 7 business days = Monday 23 November.
    const contacts = [contact({ id: 'sam', name: 'Sam' }), contact({ id: 'kim', name: 'Kim' })];
    const list = [
      outreach({ id: 'o1', contactId: 'sam', day: '2026-11-12' }),
      outreach({ id: 'o2', contactId: 'kim', day: '2026-11-16' }, [['chat-scheduled', '2026-11-18']]),
    ];
    const result = queue({
      contacts,
      outreach: list,
      chats: [chat({ outreachId: 'o2', contactId: 'kim', day: '2026-11-23', time: '09:30' })],
    });
    expect(result.items).toEqual([]);
    expect(result.tomorrow.map((i) => [i.type, i.contactId, i.dueOn])).toEqual([
      ['follow-up', 'sam', '2026-11-23'],
    ]);
    expect(result.chatsToday).toEqual([]);
    expect(result.chatsTomorrow.map((c) => c.contactId)).toEqual(['kim']);
  });

  it('counts the streak of days with an action, today still in progress', () => {
    const list = ['2026-11-19', '2026-11-20', '2026-11-21'].map((day, i) =>
      outreach({ id: `o${i}`, contactId: 'a', day, kind: 'thank-you', at: at(day) }),
    );
    expect(queue({ contacts: [contact({ id: 'a' })], outreach: list }).streak).toEqual({
      current: 3,
      best: 3,
      doneToday: false,
    });
  });

  it('offers profiles seen this week and never written to, newest first, at most five', () => {
    const seen = Array.from({ length: 7 }, (_, i) =>
      contact({ id: `p${i}`, updatedAt: local('2026-11-21', 8 + i) }),
    );
    const stale = contact({ id: 'stale', updatedAt: local('2026-11-10') });
    const written = contact({ id: 'written', updatedAt: local('2026-11-21'), lastContactedOn: '2026-11-01' });
    const warm = contact({ id: 'warm', source: 'warm', updatedAt: local('2026-11-21') });
    const { items } = queue({ contacts: [...seen, stale, written, warm] });
    expect(items.map((i) => i.contactId)).toEqual(['p6', 'p5', 'p4', 'p3', 'p2']);
  });

  it('speaks the UI language', () => {
    const { items } = queue({
      contacts: [contact({ id: 'seen', updatedAt: local(today, 9) })],
    });
    expect(items[0]?.reason).toBe('You looked at their profile (today) and have not written yet.');
    const fr = todayQueue(
      {
        today,
        contacts: [contact({ id: 'seen', updatedAt: local(today, 9) })],
        outreach: [],
        drafts: [],
        chats: [],
        followUpAfterDays: 7,
      },
      coachTextFor('fr'),
    );
    expect(fr.items[0]?.reason).toBe('Vous avez consulté son profil (aujourd’hui) sans lui écrire encore.');
  });
});
