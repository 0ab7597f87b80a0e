import { describe, expect, it } from 'vitest';
import { dueItems } from '../../../src/coach/followups';
import { contact, outreach } from './factories';

const today = '2026-11-22';
const due = (contacts: ReturnType<typeof contact>[], list: ReturnType<typeof outreach>[], extra = {}) =>
  dueItems({ today, contacts, outreach: list, followUpAfterDays: 7, ...extra });

describe('dueItems', () => {
  it('an ask with no reply after 7 business days is due a follow-up (weekends do not count)', () => {
    // Sent on Wednesday 11 November: the 7th business day is Friday 20 November.
    const items = due([contact({ id: 'a' })], [outreach({ id: 'o1', contactId: 'a', day: '2026-11-11' })]);
    expect(items).toEqual([
      {
        type: 'follow-up',
        contactId: 'a',
        dueOn: '2026-11-20',
        reason: 'No reply after 7 business days: one short follow-up.',
        outreachId: 'o1',
      },
    ]);
  });

  it('a follow-up is not due yet before the business days have passed, unless reminders look ahead', () => {
    const list = [outreach({ id: 'o1', contactId: 'a', day: '2026-11-20' })];
    expect(due([contact({ id: 'a' })], list)).toEqual([]);
    expect(due([contact({ id: 'a' })], list, { horizonDays: 10 })[0]?.dueOn).toBe('2026-12-01');
  });

  it('follows up only once: after the follow-up, the next step is to let go', () => {
    const list = [
      outreach({ id: 'o1', contactId: 'a', day: '2026-10-01' }),
      outreach({ id: 'o2', contactId: 'a', day: '2026-10-09', kind: 'follow-up' }),
    ];
    const items = due([contact({ id: 'a', lastContactedOn: '2026-10-09' })], list);
    expect(items.map((i) => [i.type, i.contactId, i.dueOn])).toEqual([['let-go', 'a', '2026-10-20']]);
  });

  it('after 3 business days of silence, a second person at the same company is suggested', () => {
    const people = [
      contact({ id: 'a', name: 'Dana Reyes', company: 'Northwind' }),
      contact({ id: 'b', name: 'Lee Chen', company: 'northwind ' }),
    ];
    // Sent Tuesday 17 November: 3 business days later is Friday 20; the follow-up not before 26.
    const items = due(people, [outreach({ id: 'o1', contactId: 'a', day: '2026-11-17' })]);
    expect(items).toEqual([
      expect.objectContaining({
        type: 'second-person',
        contactId: 'a',
        otherContactId: 'b',
        dueOn: '2026-11-20',
        reason: 'No reply from Dana Reyes after 3 business days: try Lee Chen at the same company.',
      }),
    ]);
  });

  it('an unanswered intro request is followed up with the mutual it went to, naming the person to meet', () => {
    const people = [
      contact({ id: 'mutual', name: 'Chloé Martin' }),
      contact({ id: 'target', name: 'Dana Reyes' }),
    ];
    const list = [
      outreach({
        id: 'o1',
        contactId: 'mutual',
        aboutId: 'target',
        kind: 'intro-request',
        viaMutual: 'Chloé Martin',
        day: '2026-11-11',
      }),
    ];
    expect(due(people, list)).toEqual([
      expect.objectContaining({
        type: 'follow-up',
        contactId: 'mutual',
        reason: 'No answer about the introduction to Dana Reyes after 7 business days: nudge once.',
      }),
    ]);
  });

  it('after a chat that came from an intro: the thank-you to the person met, the update to the mutual', () => {
    const people = [
      contact({ id: 'mutual', name: 'Chloé Martin' }),
      contact({ id: 'target', name: 'Dana Reyes' }),
    ];
    const list = [
      outreach(
        {
          id: 'o1',
          contactId: 'mutual',
          aboutId: 'target',
          kind: 'intro-request',
          viaMutual: 'Chloé Martin',
          day: '2026-11-10',
        },
        [['chat-held', '2026-11-21']],
      ),
    ];
    expect(due(people, list).map((i) => [i.type, i.contactId])).toEqual([
      ['thank-you', 'target'],
      ['intro-update', 'mutual'],
    ]);
  });

  it('an answered ask needs no follow-up', () => {
    const list = [outreach({ id: 'o1', contactId: 'a', day: '2026-10-01' }, [['replied', '2026-10-02']])];
    expect(due([contact({ id: 'a', lastContactedOn: '2026-10-01' })], list)).toEqual([]);
  });

  it('a held chat without a thank-you is due a thank-you the next day', () => {
    const list = [outreach({ id: 'o1', contactId: 'a', day: '2026-11-10' }, [['chat-held', '2026-11-21']])];
    expect(due([contact({ id: 'a' })], list)).toEqual([
      {
        type: 'thank-you',
        contactId: 'a',
        dueOn: '2026-11-22',
        reason: 'You held a chat: send a thank-you.',
        outreachId: 'o1',
      },
    ]);
  });

  it('a thank-you sent after the chat clears it', () => {
    const list = [
      outreach({ id: 'o1', contactId: 'a', day: '2026-11-10' }, [['chat-held', '2026-11-20']]),
      outreach({ id: 'o2', contactId: 'a', day: '2026-11-20', kind: 'thank-you' }),
    ];
    expect(due([contact({ id: 'a', lastContactedOn: '2026-11-20' })], list)).toEqual([]);
  });

  it('Top 20 people not contacted yet are due today', () => {
    const items = due([contact({ id: 'a', top20Rank: 2 }), contact({ id: 'b', top20Rank: 1 })], []);
    expect(items.map((i) => [i.type, i.contactId, i.dueOn])).toEqual([
      ['top20', 'b', today],
      ['top20', 'a', today],
    ]);
    expect(items[0]?.reason).toBe('Number 1 in your Top 20, not contacted yet.');
  });

  it('ties untouched for over a year are reconnect candidates; when capped, the user’s own ties are kept', () => {
    const contacts = [
      contact({ id: 'old-import', connectedOn: '2015-03-01' }),
      contact({ id: 'recent', connectedOn: '2026-06-01' }),
      contact({ id: 'colleague', relationship: 'former-colleague', lastContactedOn: '2023-05-05' }),
      contact({ id: 'older-import', connectedOn: '2012-03-01' }),
    ];
    const items = due(contacts, [], { reconnectLimit: 2 });
    // Kept: the colleague (a warm tie) and the oldest import; listed by due date.
    expect(items.map((i) => [i.contactId, i.dueOn])).toEqual([
      ['older-import', '2013-03-01'],
      ['colleague', '2024-05-04'],
    ]);
    expect(items[0]?.reason).toBe('Connected in 2012, no contact since: reconnect.');
    expect(items[1]?.reason).toBe('Last contact in 2023: an honest reconnect note works.');
  });

  it('lists one item per person, the most pressing, sorted by priority then date', () => {
    const contacts = [
      contact({ id: 'a' }),
      contact({ id: 'b' }),
      contact({ id: 'c', connectedOn: '2010-01-01' }),
    ];
    const list = [
      outreach({ id: 'o1', contactId: 'a', day: '2026-11-01' }),
      outreach({ id: 'o2', contactId: 'b', day: '2026-11-01' }, [['chat-held', '2026-11-20']]),
      outreach({ id: 'o3', contactId: 'b', day: '2026-11-21', kind: 'coffee-chat' }),
    ];
    expect(due(contacts, list).map((i) => `${i.type}:${i.contactId}`)).toEqual([
      'thank-you:b',
      'follow-up:a',
      'reconnect:c',
    ]);
  });

  it('ignores old held chats and outreach for deleted contacts', () => {
    const list = [
      outreach({ id: 'o1', contactId: 'a', day: '2026-01-10' }, [['chat-held', '2026-01-11']]),
      outreach({ id: 'o2', contactId: 'gone', day: '2026-11-01' }),
    ];
    expect(due([contact({ id: 'a', lastContactedOn: '2026-09-01' })], list)).toEqual([]);
  });
});
