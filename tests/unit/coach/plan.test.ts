import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/coach/days';
import { translator } from '../../../src/coach/messages';
import { actionsPerDayFor, planPicture, sentence } from '../../../src/coach/plan';
import { goal } from './factories';

const today = '2026-11-22';
/** `n` chats spread over the last four weeks. */
const recentChats = (n: number): string[] => Array.from({ length: n }, (_, i) => addDays(today, -(i % 28)));
const picture = (overrides: Partial<Parameters<typeof planPicture>[0]> = {}) =>
  planPicture({
    goal: goal(),
    today,
    heldChatDays: [],
    outreachDays: [],
    outreachLedToChat: 0,
    ...overrides,
  });

describe('planPicture', () => {
  it('counts chats held since the goal started, not before it or in the future', () => {
    const p = picture({ heldChatDays: ['2026-09-30', '2026-10-01', '2026-11-22', '2026-11-23'] });
    expect(p.held).toBe(2);
    expect(p.planned.remaining).toBe(48);
  });

  it('uses the prior of one chat in four outreach actions until 20 actions are logged', () => {
    const p = picture({ outreachDays: Array(19).fill('2026-11-01'), outreachLedToChat: 19 });
    expect(p).toMatchObject({ conversion: 0.25, conversionSource: 'prior', outreachCount: 19 });
  });

  it('switches to the measured conversion, lightly blended with the prior, from 20 actions', () => {
    const p = picture({ outreachDays: Array(40).fill('2026-11-01'), outreachLedToChat: 4 });
    expect(p.conversionSource).toBe('measured');
    expect(p.conversion).toBeCloseTo((4 + 2.5) / 50, 10);
    const cold = picture({ outreachDays: Array(20).fill('2026-11-01'), outreachLedToChat: 0 });
    expect(cold.conversion).toBeGreaterThan(0); // 0 of 20 still gives a finite plan
  });

  it('measures the chat rate over the last 90 days of outreach only', () => {
    const old = Array(30).fill('2026-01-10');
    const recent = Array(10).fill(addDays(today, -89));
    expect(picture({ outreachDays: [...old, ...recent] })).toMatchObject({
      outreachCount: 10,
      conversionSource: 'prior',
    });
  });

  it('measures the actual pace over the last four weeks', () => {
    const p = picture({ heldChatDays: recentChats(12) });
    expect(p.actual).toMatchObject({ chatsPerWeek: 3, windowDays: 28, chatsInWindow: 12, note: null });
    expect(p.actual.projection?.finishDate).toBe(addDays(today, Math.ceil((38 * 7) / 3)));
  });

  it('measures a young goal over its own days (at least a week), not a mostly empty month', () => {
    const p = picture({ goal: goal({ startedOn: '2026-11-09' }), heldChatDays: recentChats(4) });
    expect(p.actual.windowDays).toBe(14);
    expect(p.actual.chatsPerWeek).toBe(2);
  });

  it('has no actual pace without chats, and says whether there were none ever or none lately', () => {
    expect(picture().actual).toMatchObject({ chatsPerWeek: null, projection: null, note: 'no-chats-yet' });
    expect(picture({ heldChatDays: ['2026-10-02'] }).actual.note).toBe('none-recently');
  });

  it('suggests raised sub-goals when the planned pace misses the deadline', () => {
    const p = picture({ goal: goal({ chatsPerWeek: 2 }) });
    // 50 chats in 99 days: ceil(350 / 99) = 4 a week; at 25% that is ceil(4 / 1.75) = 3 actions a day.
    expect(p.raiseSubGoal).toEqual({ chatsPerWeek: 4, actionsPerDay: 5 });
    expect(picture().raiseSubGoal).toBeNull();
  });

  it('implies whole outreach actions a day, at least one', () => {
    expect(actionsPerDayFor(7, 0.25)).toBe(4);
    expect(actionsPerDayFor(1, 0.5)).toBe(1);
    expect(actionsPerDayFor(0, 0.25)).toBe(0);
  });
});

describe('sentence', () => {
  it('judges the actual pace even when the plan itself would be on time', () => {
    const p = picture({
      goal: goal({ deadline: '2027-01-31', chatsPerWeek: 5 }),
      heldChatDays: recentChats(12),
    });
    expect(p.raiseSubGoal).toBeNull(); // the plan (5 a week) makes it…
    expect(sentence(p)).toBe(
      // …but the pace actually kept (3 a week) does not.
      'At 3 chats a week you reach 50 on 19 February 2027; to make 31 January 2027, hold 4 a week — about 5 outreach actions a day.',
    );
  });

  it('reads like the design: pace, finish, and the raised sub-goals when late', () => {
    const p = picture({
      goal: goal({ chatsTarget: 20, startedOn: '2026-11-01', deadline: '2026-12-20', chatsPerWeek: 4 }),
      heldChatDays: recentChats(6),
    });
    // 6 chats over the goal's 22 days is 1.9 a week; 14 remain: ceil(98 / 1.909) = 52 days.
    // 28 days left → 4 a week → at 25%, 3 actions a day.
    expect(sentence(p)).toBe(
      'At 1.9 chats a week you reach 20 on 13 January 2027; to make 20 December, hold 4 a week — about 5 outreach actions a day.',
    );
  });

  it('says when the plan is on track', () => {
    const p = picture({ heldChatDays: recentChats(20) });
    expect(sentence(p)).toBe('At 5 chats a week you reach 50 on 3 January 2027, in time for 1 March 2027.');
  });

  it('falls back to the planned pace before any chat is held', () => {
    expect(sentence(picture())).toBe(
      'No chats held yet; at your plan of 4 chats a week you reach 50 on 18 February 2027, in time for 1 March 2027.',
    );
    expect(sentence(picture({ heldChatDays: ['2026-10-02'] }))).toMatch(
      /^No chats in the last four weeks; at your plan/,
    );
  });

  it('asks for a weekly target when there is neither a pace nor a plan', () => {
    expect(sentence(picture({ goal: goal({ chatsPerWeek: 0 }) }))).toBe(
      'Set a weekly chat target to see when you reach 50; to make 1 March 2027, hold 4 a week — about 5 outreach actions a day.',
    );
  });

  it('congratulates and says keep going once the goal is reached', () => {
    expect(sentence(picture({ goal: goal({ chatsTarget: 3 }), heldChatDays: recentChats(3) }))).toMatch(
      /^You have held 3 chats: the goal of 3 is reached\. Keep going/,
    );
  });

  it('asks for a new date once the deadline has come', () => {
    expect(sentence(picture({ goal: goal({ deadline: '2026-11-20' }), heldChatDays: recentChats(49) }))).toBe(
      'The deadline, 20 November, has come with 1 chat to go: set a new date for a fresh plan.',
    );
  });

  it('uses singular forms for one', () => {
    const p = picture({ goal: goal({ chatsPerWeek: 1, chatsTarget: 10, deadline: '2027-06-01' }) });
    expect(sentence(p)).toMatch(/at your plan of 1 chat a week/);
  });

  it('formats dates for the locale and takes translated text', () => {
    const german = translator({
      'plan.noChatsYet.onTrack': 'Noch kein Gespräch; bei {pace} erreichst du {target} am {finish}.',
    });
    expect(sentence(picture(), 'de', german)).toBe(
      'Noch kein Gespräch; bei 4 chats a week erreichst du 50 am 18. Februar 2027.',
    );
  });
});

describe('an honest pace in the early days', () => {
  const fresh = goal({
    chatsTarget: 50,
    chatsPerWeek: 4,
    actionsPerDay: 6,
    startedOn: today,
    deadline: '2027-06-01',
  });

  it('one chat on the first day does not turn into "1 chat a week": the plan carries it, and says so', () => {
    const p = planPicture({
      goal: fresh,
      today,
      heldChatDays: [today],
      outreachDays: [today],
      outreachLedToChat: 1,
    });
    expect(p.actual.note).toBe('early-days');
    expect(p.actual.chatsPerWeek).toBeCloseTo(3, 5); // a third observed (1 a week), two thirds planned (4)
    expect(sentence(p)).toMatch(
      /^Early days: using your plan until there is more to go on\. At 3 chats a week/,
    );
  });

  it('after two weeks, or three chats, the observed pace speaks for itself', () => {
    const later = addDays(today, 14);
    const three = [today, addDays(today, 1), addDays(today, 2)];
    const byTime = planPicture({
      goal: fresh,
      today: later,
      heldChatDays: [today],
      outreachDays: [],
      outreachLedToChat: 0,
    });
    expect(byTime.actual.note).toBeNull();
    const byChats = planPicture({
      goal: fresh,
      today: addDays(today, 2),
      heldChatDays: three,
      outreachDays: [],
      outreachLedToChat: 0,
    });
    expect(byChats.actual.note).toBeNull();
  });

  it('names the same actions a day in the sentence as the "raise my sub-goals" button sets', () => {
    const tight = goal({
      chatsTarget: 50,
      chatsPerWeek: 2,
      actionsPerDay: 6,
      startedOn: '2026-10-01',
      deadline: '2027-01-31',
    });
    const p = planPicture({
      goal: tight,
      today,
      heldChatDays: recentChats(4),
      outreachDays: [],
      outreachLedToChat: 0,
    });
    const raise = p.raiseSubGoal;
    if (!raise) throw new Error('the plan should be late');
    expect(raise.actionsPerDay).toBeGreaterThanOrEqual(6);
    expect(sentence(p)).toContain(`about ${raise.actionsPerDay} outreach actions a day`);
  });
});
