import { describe, expect, it } from 'vitest';
import { type RecommendInput, recommend, yearsSinceContact } from '../../../src/coach/recommend';

const stranger: RecommendInput = {
  degree: null,
  mutualNames: [],
  mutualCount: null,
  relationship: null,
  source: 'linkedin',
  yearsSinceLastContact: null,
  premium: false,
  top20: false,
  canConnect: true,
  pending: false,
  last: null,
  followUpAfterDays: 7,
};
const input = (overrides: Partial<RecommendInput>): RecommendInput => ({ ...stranger, ...overrides });
const kinds = (i: RecommendInput): string[] => recommend(i).map((s) => `${s.kind}/${s.channel}`);

describe('recommend: a new ask', () => {
  it('2nd-degree profile suggests an intro through the closest mutual', () => {
    const [first, ...rest] = recommend(
      input({ degree: 2, mutualNames: ['Dana Park', 'Lee Wong'], mutualCount: 14 }),
    );
    expect(first).toEqual({
      kind: 'intro-request',
      channel: 'linkedin-message',
      templateIds: ['intro-request', 'intro-blurb'],
      reason: '2nd degree, 14 mutual connections: ask Dana Park for an intro.',
      viaMutual: 'Dana Park',
    });
    expect(rest.map((s) => s.kind)).toEqual(['inmail', 'invitation-note']);
  });

  it('prefers a mutual the user knows well over the first one LinkedIn lists', () => {
    const [first] = recommend(
      input({
        degree: 2,
        mutualNames: ['Dana Park', 'Lee Wong'],
        mutualCount: 2,
        closeMutuals: ['Lee Wong'],
      }),
    );
    expect(first?.viaMutual).toBe('Lee Wong');
  });

  it('asks any mutual when LinkedIn shows only a count', () => {
    const [first] = recommend(input({ degree: 2, mutualCount: 3 }));
    expect(first?.reason).toBe('2nd degree, 3 mutual connections: ask one of them for an intro.');
    expect(first?.viaMutual).toBeUndefined();
  });

  it('2nd degree without mutuals goes to InMail, then an invitation note', () => {
    expect(kinds(input({ degree: 2 }))).toEqual(['inmail/inmail', 'invitation-note/invitation']);
  });

  it('says InMail needs Premium, and that a free trial works, on a free account', () => {
    expect(recommend(input({ degree: 3 }))[0]?.reason).toBe(
      'InMail reaches them directly but needs Premium — a free trial works.',
    );
    expect(recommend(input({ degree: 3, premium: true }))[0]?.reason).toBe(
      'InMail reaches them without a connection.',
    );
  });

  it('picks the 200-character note template on a free account and the 300-character one on Premium', () => {
    expect(recommend(input({ degree: 3 }))[1]?.templateIds).toEqual(['invitation-note-free']);
    expect(recommend(input({ degree: 3, premium: true }))[1]?.templateIds).toEqual([
      'invitation-note-premium',
    ]);
  });

  it('offers no invitation when the profile has no Connect button', () => {
    expect(kinds(input({ degree: 3, canConnect: false }))).toEqual(['inmail/inmail']);
  });

  it('profile without a degree suggests InMail', () => {
    expect(recommend(input({}))[0]?.kind).toBe('inmail');
  });

  it('1st-degree connection gets a direct LinkedIn message', () => {
    expect(recommend(input({ degree: 1, yearsSinceLastContact: 0.5 }))).toEqual([
      {
        kind: 'coffee-chat',
        channel: 'linkedin-message',
        templateIds: ['linkedin-coffee-chat'],
        reason: '1st degree: message them directly.',
      },
    ]);
  });

  it('1st-degree tie older than a year gets the reconnect script first', () => {
    const [first, second] = recommend(input({ degree: 1, yearsSinceLastContact: 3 }));
    expect(first).toMatchObject({ kind: 'reconnect', templateIds: ['reconnect-linkedin'] });
    expect(second?.kind).toBe('coffee-chat');
  });

  it('warm contact gets a warm coffee-chat template chosen by the relationship', () => {
    const template = (relationship: RecommendInput['relationship']) =>
      recommend(input({ relationship, source: 'warm' }))[0]?.templateIds;
    expect(template('friend')).toEqual(['warm-friend-coffee']);
    expect(template('relative')).toEqual(['warm-friend-coffee']);
    expect(template('former-colleague')).toEqual(['warm-colleague-coffee']);
    expect(template('former-manager')).toEqual(['warm-colleague-coffee']);
    expect(template('teacher')).toEqual(['warm-teacher-coffee']);
  });

  it('warm contact on LinkedIn can also be messaged there; by email when an address is known', () => {
    expect(kinds(input({ relationship: 'friend', degree: 1 }))).toEqual(['coffee-chat/linkedin-message']);
    expect(kinds(input({ relationship: 'friend', hasEmail: true, degree: 1 }))).toEqual([
      'coffee-chat/email',
      'coffee-chat/linkedin-message',
    ]);
  });

  it('warm contact not seen for years gets the warm reconnect note first', () => {
    expect(recommend(input({ relationship: 'teacher', yearsSinceLastContact: 6 }))[0]?.templateIds).toEqual([
      'reconnect-warm',
    ]);
  });

  it('mentions the Top 20 in the first reason', () => {
    expect(recommend(input({ degree: 1, top20: true }))[0]?.reason).toBe(
      'In your Top 20. 1st degree: message them directly.',
    );
  });
});

describe('recommend: business with the last outreach comes first', () => {
  it('a chat held recently without a thank-you suggests the thank-you first', () => {
    const [first] = recommend(
      input({
        degree: 1,
        last: { kind: 'coffee-chat', channel: 'email', status: 'chat-held', daysSince: 1, viaMutual: null },
      }),
    );
    expect(first).toMatchObject({
      kind: 'thank-you',
      channel: 'email',
      templateIds: ['thank-you-after-chat'],
    });
  });

  it('after a chat arranged through a mutual, also suggests telling the mutual how it went', () => {
    const s = recommend(
      input({
        degree: 2,
        last: {
          kind: 'intro-request',
          channel: 'linkedin-message',
          status: 'chat-held',
          daysSince: 0,
          viaMutual: 'Dana',
        },
      }),
    );
    expect(s.map((x) => x.kind)).toEqual(['thank-you', 'intro-update']);
    expect(s[1]?.viaMutual).toBe('Dana');
  });

  it('a message sent a week ago with no reply suggests one follow-up on the same channel', () => {
    const [first] = recommend(
      input({
        degree: 3,
        last: { kind: 'inmail', channel: 'inmail', status: 'sent', daysSince: 8, viaMutual: null },
      }),
    );
    expect(first).toEqual({
      kind: 'follow-up',
      channel: 'inmail',
      templateIds: ['follow-up-no-reply'],
      reason: 'Sent 8 days ago with no reply: one short follow-up is fair.',
    });
  });

  it('a message sent two days ago says to wait, and for how long', () => {
    const [first] = recommend(
      input({
        degree: 1,
        last: {
          kind: 'coffee-chat',
          channel: 'linkedin-message',
          status: 'sent',
          daysSince: 2,
          viaMutual: null,
        },
      }),
    );
    expect(first).toMatchObject({ kind: 'follow-up', waitDays: 5 });
  });

  it('never follows up a follow-up: after silence it offers the other ways in', () => {
    const s = recommend(
      input({
        degree: 2,
        mutualNames: ['Dana'],
        last: { kind: 'follow-up', channel: 'inmail', status: 'sent', daysSince: 20, viaMutual: null },
      }),
    );
    expect(s[0]?.kind).toBe('intro-request');
  });

  it('respects a no: nothing is suggested after a decline', () => {
    expect(
      recommend(
        input({
          degree: 1,
          last: {
            kind: 'coffee-chat',
            channel: 'linkedin-message',
            status: 'declined',
            daysSince: 3,
            viaMutual: null,
          },
        }),
      ),
    ).toEqual([]);
  });

  it('pending invitation: wait for the accept, with an intro as the alternative', () => {
    const s = recommend(
      input({
        degree: 2,
        pending: true,
        mutualNames: ['Dana'],
        last: {
          kind: 'invitation-note',
          channel: 'invitation',
          status: 'sent',
          daysSince: 3,
          viaMutual: null,
        },
      }),
    );
    expect(s[0]).toMatchObject({
      kind: 'coffee-chat',
      waitDays: 4,
      reason: expect.stringMatching(/^Invitation pending/),
    });
    expect(s[1]?.kind).toBe('intro-request');
  });

  it('pending invitation for a week: a Premium user can follow up by InMail', () => {
    const s = recommend(
      input({
        degree: 3,
        pending: true,
        premium: true,
        last: {
          kind: 'invitation-note',
          channel: 'invitation',
          status: 'sent',
          daysSince: 9,
          viaMutual: null,
        },
      }),
    );
    expect(s[0]).toMatchObject({ kind: 'follow-up', channel: 'inmail' });
  });
});

describe('yearsSinceContact', () => {
  it('measures from the last contact, else from the connection date', () => {
    expect(
      yearsSinceContact({ lastContactedOn: '2024-11-22', connectedOn: '2010-01-01' }, '2026-11-22'),
    ).toBeCloseTo(2, 2);
    expect(yearsSinceContact({ lastContactedOn: null, connectedOn: '2016-11-22' }, '2026-11-22')).toBeCloseTo(
      10,
      2,
    );
    expect(yearsSinceContact({ lastContactedOn: null, connectedOn: null }, '2026-11-22')).toBeNull();
  });
});
