import { describe, expect, it } from 'vitest';
import {
  type LastOutreach,
  type RecommendInput,
  recommend,
  yearsSinceContact,
} from '../../../src/coach/recommend';

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
const last = (overrides: Partial<LastOutreach>): LastOutreach => ({
  kind: 'coffee-chat',
  channel: 'linkedin-message',
  status: 'sent',
  daysSince: 0,
  businessDaysSince: 0,
  viaMutual: null,
  role: 'to',
  aboutName: null,
  ...overrides,
});

describe('recommend: a new ask', () => {
  it('2nd-degree profile suggests an intro through the closest mutual, addressed to the mutual', () => {
    const [first, ...rest] = recommend(
      input({ degree: 2, mutualNames: ['Dana Park', 'Lee Wong'], mutualCount: 14 }),
    );
    expect(first).toEqual({
      kind: 'intro-request',
      channel: 'linkedin-message',
      templateIds: ['intro-request', 'intro-blurb'],
      reason: '2nd degree, 14 mutual connections: ask Dana Park for an intro.',
      to: 'mutual',
      viaMutual: 'Dana Park',
    });
    // A free account: the invitation note comes before InMail, which needs Premium.
    expect(rest.map((s) => s.kind)).toEqual(['invitation-note', 'inmail']);
  });

  it('prefers a mutual the user knows well over the first one LinkedIn lists, and says why', () => {
    const [first] = recommend(
      input({
        degree: 2,
        mutualNames: ['Dana Park', 'Lee Wong'],
        mutualCount: 2,
        closeMutuals: ['Lee Wong'],
      }),
    );
    expect(first?.viaMutual).toBe('Lee Wong');
    expect(first?.reason).toMatch(/Lee Wong, who knows you well/);
  });

  it('asks any mutual when LinkedIn shows only a count', () => {
    const [first] = recommend(input({ degree: 2, mutualCount: 3 }));
    expect(first?.reason).toBe('2nd degree, 3 mutual connections: ask one of them for an intro.');
    expect(first?.viaMutual).toBeUndefined();
    expect(first?.to).toBe('mutual');
  });

  it('2nd degree without mutuals on a free account: an invitation note, then InMail (needs Premium)', () => {
    expect(kinds(input({ degree: 2 }))).toEqual(['invitation-note/invitation', 'inmail/inmail']);
    expect(kinds(input({ degree: 2, premium: true }))).toEqual([
      'inmail/inmail',
      'invitation-note/invitation',
    ]);
  });

  it('a free account on a 3rd-degree profile is never sent to InMail first while it can connect', () => {
    const [first, second] = recommend(input({ degree: 3 }));
    expect(first).toMatchObject({ kind: 'invitation-note', templateIds: ['invitation-note-free'] });
    expect(second).toMatchObject({
      kind: 'inmail',
      needsPremium: true,
      reason: 'InMail reaches them directly but needs Premium or a free trial.',
    });
  });

  it('InMail ranks first on a free account only when nothing else is possible, and says it needs Premium', () => {
    const [only] = recommend(input({ degree: 3, canConnect: false }));
    expect(only).toMatchObject({ kind: 'inmail', needsPremium: true });
    expect(recommend(input({ degree: 3, premium: true }))[0]).toMatchObject({
      kind: 'inmail',
      reason: 'InMail reaches them without a connection.',
    });
  });

  it('picks the 200-character note template on a free account and the 300-character one on Premium', () => {
    expect(recommend(input({ degree: 3 }))[0]?.templateIds).toEqual(['invitation-note-free']);
    expect(recommend(input({ degree: 3, premium: true }))[1]?.templateIds).toEqual([
      'invitation-note-premium',
    ]);
  });

  it('with no personalized notes left this month, suggests connecting without a note', () => {
    const [first] = recommend(input({ degree: 3, notesLeft: 0 }));
    expect(first).toMatchObject({ kind: 'invitation-note', action: 'connect-without-note', templateIds: [] });
    expect(first?.reason).toMatch(/connect without a note, then send your message once they accept/);
    // Premium notes are not counted.
    expect(recommend(input({ degree: 3, premium: true, notesLeft: 0 }))[1]?.action).toBeUndefined();
  });

  it('1st-degree connection gets a direct LinkedIn message', () => {
    expect(recommend(input({ degree: 1, yearsSinceLastContact: 0.5 }))).toEqual([
      {
        kind: 'coffee-chat',
        channel: 'linkedin-message',
        templateIds: ['linkedin-coffee-chat'],
        reason: '1st degree: message them directly.',
        to: 'person',
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

  it('a warm contact with a known email is offered email first', () => {
    expect(kinds(input({ relationship: 'friend', degree: 1 }))).toEqual(['coffee-chat/linkedin-message']);
    const [first, second] = recommend(input({ relationship: 'friend', hasEmail: true, degree: 1 }));
    expect(first).toMatchObject({ channel: 'email', reason: expect.stringMatching(/you have their email/) });
    expect(second?.channel).toBe('linkedin-message');
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

describe('recommend: a pending invitation', () => {
  it('never says to message them: it says to wait, with the business days left, or to ask a mutual', () => {
    const s = recommend(
      input({
        degree: 2,
        pending: true,
        mutualNames: ['Dana'],
        last: last({ kind: 'invitation-note', channel: 'invitation', daysSince: 3, businessDaysSince: 3 }),
      }),
    );
    expect(s[0]).toMatchObject({ action: 'wait', waitDays: 4, templateIds: [], to: 'person' });
    expect(s[0]?.reason).toBe(
      'Invitation pending: give them another 4 business days to accept — or ask a mutual for an intro meanwhile.',
    );
    expect(s.some((x) => x.templateIds.includes('linkedin-coffee-chat'))).toBe(false);
    expect(s[1]).toMatchObject({ kind: 'intro-request', to: 'mutual', viaMutual: 'Dana' });
  });

  it('pending for a week: a Premium user can follow up by InMail', () => {
    const s = recommend(
      input({
        degree: 3,
        pending: true,
        premium: true,
        last: last({ kind: 'invitation-note', channel: 'invitation', daysSince: 9, businessDaysSince: 7 }),
      }),
    );
    expect(s[0]).toMatchObject({ kind: 'follow-up', channel: 'inmail' });
  });
});

describe('recommend: 3B7 after an unanswered ask (business days)', () => {
  const sent = (businessDaysSince: number, more: Partial<LastOutreach> = {}) =>
    last({ kind: 'inmail', channel: 'inmail', businessDaysSince, daysSince: businessDaysSince, ...more });

  it('in the first 3 business days: wait, with the days until the follow-up', () => {
    const [first] = recommend(input({ degree: 3, last: sent(2) }));
    expect(first).toMatchObject({
      action: 'wait',
      waitDays: 5,
      reason: 'Give them time: follow up in 5 business days if there is no reply.',
    });
  });

  it('after 3 business days: a second person at the same company, if the user has one', () => {
    const lee = { name: 'Lee Chen', contactId: 'lee', profileUrl: 'https://www.linkedin.com/in/lee/' };
    const [first, second] = recommend(input({ degree: 3, last: sent(3), sameCompany: [lee] }));
    expect(first).toMatchObject({ action: 'second-person', other: lee, templateIds: [] });
    expect(first?.reason).toMatch(/after 3 business days.*Lee Chen/);
    expect(second).toMatchObject({ action: 'wait', waitDays: 4 });
    // Nobody else there: just wait.
    expect(recommend(input({ degree: 3, last: sent(3) }))[0]?.action).toBe('wait');
  });

  it('after 7 business days: one follow-up to the first person, on the same channel', () => {
    expect(recommend(input({ degree: 3, last: sent(7) }))[0]).toEqual({
      kind: 'follow-up',
      channel: 'inmail',
      templateIds: ['follow-up-no-reply'],
      to: 'person',
      reason: 'No reply after 7 business days: one short follow-up is fair.',
    });
  });

  it('never follows up a follow-up: after it, wait, then let go', () => {
    const waiting = recommend(
      input({ degree: 2, mutualNames: ['Dana'], last: sent(2, { kind: 'follow-up' }) }),
    );
    expect(waiting[0]).toMatchObject({ action: 'wait', templateIds: [] });
    const done = recommend(input({ degree: 2, mutualNames: ['Dana'], last: sent(9, { kind: 'follow-up' }) }));
    expect(done[0]).toMatchObject({ action: 'let-go', templateIds: [] });
    expect(done).toHaveLength(1);
  });

  it('counts the settings’ numbers, not fixed ones', () => {
    expect(recommend(input({ degree: 3, last: sent(4), followUpAfterDays: 4 }))[0]?.kind).toBe('follow-up');
  });

  it('respects a no: nothing is suggested after a decline', () => {
    expect(recommend(input({ degree: 1, last: last({ status: 'declined', daysSince: 3 }) }))).toEqual([]);
  });

  it('a reply means a conversation, not a new request', () => {
    const [first] = recommend(input({ degree: 1, last: last({ status: 'replied', daysSince: 1 }) }));
    expect(first).toMatchObject({ action: 'in-conversation', templateIds: [] });
  });
});

describe('recommend: an intro request goes to the mutual, about the person to meet', () => {
  const introAbout = (more: Partial<LastOutreach>) =>
    last({ kind: 'intro-request', role: 'about', viaMutual: 'Chloé Martin', ...more });

  it('on the person’s page while the mutual has not answered: wait for the mutual, never “follow up” with the person', () => {
    const [first] = recommend(
      input({ degree: 2, mutualNames: ['Chloé Martin'], last: introAbout({ businessDaysSince: 2 }) }),
    );
    expect(first).toMatchObject({ action: 'wait', to: 'mutual', viaMutual: 'Chloé Martin' });
    expect(first?.reason).toMatch(/You asked Chloé Martin for the introduction/);
  });

  it('after 7 business days the follow-up goes to the mutual, with the intro follow-up template', () => {
    const [first] = recommend(input({ degree: 2, last: introAbout({ businessDaysSince: 8 }) }));
    expect(first).toMatchObject({
      kind: 'follow-up',
      to: 'mutual',
      viaMutual: 'Chloé Martin',
      templateIds: ['follow-up-intro'],
    });
  });

  it('on the mutual’s own page, the nudge about the intro goes to them', () => {
    const [first] = recommend(
      input({
        degree: 1,
        last: last({ kind: 'intro-request', aboutName: 'Dana Reyes', businessDaysSince: 7 }),
      }),
    );
    expect(first).toMatchObject({ kind: 'follow-up', to: 'person', templateIds: ['follow-up-intro'] });
    expect(first?.reason).toMatch(/introduce you to Dana Reyes/);
  });

  it('after the chat: the thank-you goes to the person met, the update to the mutual', () => {
    const s = recommend(input({ degree: 2, last: introAbout({ status: 'chat-held', daysSince: 0 }) }));
    expect(s.map((x) => [x.kind, x.to, x.viaMutual ?? null])).toEqual([
      ['thank-you', 'person', null],
      ['intro-update', 'mutual', 'Chloé Martin'],
    ]);
  });

  it('on the mutual’s page after the chat they made possible: the update, never a thank-you for a chat they were not in', () => {
    const s = recommend(
      input({
        degree: 1,
        last: last({ kind: 'intro-request', status: 'chat-held', aboutName: 'Dana Reyes' }),
      }),
    );
    expect(s.map((x) => [x.kind, x.to])).toEqual([['intro-update', 'person']]);
  });

  it('once the mutual answered, the ask to the person comes next', () => {
    const [first] = recommend(input({ degree: 1, last: introAbout({ status: 'replied' }) }));
    expect(first).toMatchObject({ kind: 'coffee-chat', to: 'person' });
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
