import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { PlanView } from '../../../../src/dashboard/plan/PlanView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { clock } from '../../ui/fake-browser';
import { mount, settle } from '../../ui/render';
import { click, contact, input, logOn, NOW, type, WithData } from './with-data';

beforeEach(() => {
  freshIndexedDB();
  clock.now = NOW;
});

const sentence = (root: HTMLElement): string => root.querySelector('.plan-sentence')?.textContent ?? '';

describe('Plan: first-run wizard', () => {
  it('starts with the goal step, sensible defaults and the projection of them', async () => {
    const root = await mount(
      <WithData>
        <PlanView />
      </WithData>,
    );
    expect(root.querySelector('h2')?.textContent).toBe('Plan');
    expect(root.querySelector('h3')?.textContent).toBe('Step 1 of 3: Your goal');
    expect(input(root, 'goal-chats').value).toBe('50');
    expect(input(root, 'goal-deadline').value).toBe('2027-02-14');
    expect(sentence(root)).toBe(
      'No chats held yet; at your plan of 4 chats a week you reach 50 on 18 February 2027; ' +
        'to make 14 February 2027, hold 5 a week — about 5 outreach actions a day.',
    );
  });

  it('updates the sentence as the chats per week are typed', async () => {
    const root = await mount(
      <WithData>
        <PlanView />
      </WithData>,
    );
    await click(root, 'Next');
    expect(root.querySelector('h3')?.textContent).toBe('Step 2 of 3: Your pace');
    type(input(root, 'goal-per-week'), '6');
    await settle();
    expect(sentence(root)).toBe(
      'No chats held yet; at your plan of 6 chats a week you reach 50 on 20 January 2027, in time for 14 February 2027.',
    );
    expect(root.textContent).not.toContain('Raise my sub-goals');
  });

  it('"Raise my sub-goals" sets a pace that makes the deadline, and Start saves it', async () => {
    const root = await mount(
      <WithData>
        <PlanView />
      </WithData>,
    );
    await click(root, 'Next');
    type(input(root, 'goal-per-day'), '2');
    await settle();
    expect(root.textContent).toContain(
      'you need about 3 outreach actions a day for 4 chats a week; you plan 2.',
    );
    await click(root, 'Raise my sub-goals');
    expect(input(root, 'goal-per-week').value).toBe('5');
    expect(input(root, 'goal-per-day').value).toBe('3');
    expect(sentence(root)).toContain('in time for 14 February 2027');
    await click(root, 'Next');
    expect(root.textContent).toContain(
      'Time budget: 30 minutes a day for 3 outreach actions — about 10 minutes each.',
    );
    await click(root, 'Start my plan');
    expect(await send('goal.get', {})).toMatchObject({
      chatsTarget: 50,
      deadline: '2027-02-14',
      chatsPerWeek: 5,
      actionsPerDay: 3,
      minutesPerDay: 30,
      startedOn: '2026-11-22',
    });
    expect(root.textContent).toContain('Your goal');
    expect(root.textContent).toContain('50 coffee chats by 14 February 2027');
  });

  it('says inline that a past deadline will not do, and stays on the step', async () => {
    const root = await mount(
      <WithData>
        <PlanView />
      </WithData>,
    );
    const deadline = input(root, 'goal-deadline');
    type(deadline, '2026-11-01');
    await settle();
    expect(root.textContent).toContain('Pick a day after today: this date has already come.');
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
    expect(root.textContent).toContain('Enter a number of chats and a future date');
    await click(root, 'Next');
    expect(root.querySelector('h3')?.textContent).toBe('Step 1 of 3: Your goal');
    expect(document.activeElement).toBe(deadline);
  });

  it('Back returns to the previous step with the values kept', async () => {
    const root = await mount(
      <WithData>
        <PlanView />
      </WithData>,
    );
    type(input(root, 'goal-chats'), '30');
    await settle();
    await click(root, 'Next');
    await click(root, 'Back');
    expect(input(root, 'goal-chats').value).toBe('30');
    expect(document.activeElement?.textContent).toBe('Step 1 of 3: Your goal');
  });
});

describe('Plan: with a goal', () => {
  it('shows the goal, the sentence at the pace actually kept, the sub-goals and the time budget', async () => {
    clock.now = new Date(2026, 10, 1, 9, 0).getTime();
    await send('goal.set', {
      goal: { chatsTarget: 20, deadline: '2027-01-31', chatsPerWeek: 2, actionsPerDay: 4, minutesPerDay: 40 },
    });
    clock.now = NOW;
    const ana = await contact('Ana');
    await logOn('2026-11-20', ana.id, { status: 'chat-held' });
    await logOn('2026-11-21', ana.id, { status: 'chat-held' });
    const root = await mount(
      <WithData>
        <PlanView />
      </WithData>,
    );
    expect(root.textContent).toContain('20 coffee chats by 31 January 2027');
    expect(root.textContent).toContain('2 held since you started on 1 November.');
    // Two chats in the 22 days since the start: 0.6 a week, far slower than the plan.
    expect(sentence(root)).toBe(
      'At 0.6 chats a week you reach 20 on 8 June 2027; to make 31 January 2027, hold 2 a week — about 4 outreach actions a day.',
    );
    expect(root.textContent).toContain('Sub-goals: 2 chats a week, 4 outreach actions a day.');
    expect(root.textContent).toContain(
      'Time budget: 40 minutes a day for 4 outreach actions — about 10 minutes each.',
    );
  });

  it('saves changes from the edit form and shows the new plan', async () => {
    await send('goal.set', {
      goal: { chatsTarget: 20, deadline: '2027-01-31', chatsPerWeek: 2, actionsPerDay: 4, minutesPerDay: 40 },
    });
    const root = await mount(
      <WithData>
        <PlanView />
      </WithData>,
    );
    type(input(root, 'goal-chats'), '30');
    await settle();
    await click(root, 'Save plan');
    expect(await send('goal.get', {})).toMatchObject({ chatsTarget: 30, startedOn: '2026-11-22' });
    expect(root.textContent).toContain('30 coffee chats by 31 January 2027');
    expect(root.textContent).toContain('Saved.');
  });
});
