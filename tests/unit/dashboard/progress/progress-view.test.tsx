import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { ProgressView } from '../../../../src/dashboard/progress/ProgressView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { clock } from '../../ui/fake-browser';
import { byText, mount } from '../../ui/render';
import { contact, linkedIn, logOn, NOW, WithData } from '../plan/with-data';

beforeEach(() => {
  freshIndexedDB();
  clock.now = NOW;
});

const view = () =>
  mount(
    <WithData>
      <ProgressView />
    </WithData>,
  );

const titles = (root: HTMLElement): string[] =>
  [...root.querySelectorAll('svg title')].map((el) => el.textContent ?? '');

async function goalFrom(day: Date) {
  clock.now = day.getTime();
  await send('goal.set', {
    goal: { chatsTarget: 10, deadline: '2026-12-31', chatsPerWeek: 2, actionsPerDay: 3, minutesPerDay: 30 },
  });
  clock.now = NOW;
}

describe('Progress', () => {
  it('says plainly what is missing before anything is logged', async () => {
    const root = await view();
    expect(root.querySelector('h2')?.textContent).toBe('Progress');
    expect(root.textContent).toContain(
      'No outreach logged yet — log your first outreach from a LinkedIn profile.',
    );
    expect(root.textContent).toContain('Set a goal to see your chats against a plan.');
    expect(byText(root, 'Set a goal in Plan', 'a')?.getAttribute('href')).toBe('#plan');
    expect(root.textContent).toContain('0 of 5 outreach actions today');
    expect(root.querySelector('.progress-heatmap')).toBeNull();
  });

  it('draws the plan line with an empty-state note when a goal is set but no chat is held', async () => {
    await goalFrom(new Date(2026, 10, 1, 9));
    const root = await view();
    expect(root.textContent).toContain('No chats held yet — log your first outreach from a LinkedIn profile');
    const chart = root.querySelector('svg.progress-chart');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(root.querySelector('#burnup-desc')?.textContent).toContain('0 of 10 chats held by 22 November');
  });

  it('shows chats held against the plan, in the chart description and in a data table', async () => {
    await goalFrom(new Date(2026, 10, 1, 9));
    const ana = await contact('Ana');
    await logOn('2026-11-10', ana.id, { status: 'chat-held' });
    await logOn('2026-11-18', ana.id, { status: 'chat-held' });
    await logOn('2026-11-20', ana.id, { status: 'chat-held' });
    const root = await view();
    const desc = root.querySelector('#burnup-desc')?.textContent ?? '';
    expect(desc).toContain(
      '3 of 10 chats held by 22 November; the plan expected 3.5 by then and 10 by 31 December.',
    );
    expect(desc).toMatch(/At the pace you keep, you reach the goal on \d+ \w+/);
    const rows = [...root.querySelectorAll('figure table tbody tr')].map((tr) => tr.textContent);
    expect(rows).toContain('22 November33.5');
    expect(root.textContent).toContain('At your pace');
  });

  it('titles each heatmap cell with the day and its number of actions', async () => {
    const ana = await contact('Ana');
    for (let i = 0; i < 3; i++) await logOn('2026-10-12', ana.id);
    await logOn('2026-11-22', ana.id);
    const root = await view();
    expect(titles(root)).toContain('3 actions on 12 Oct');
    expect(titles(root)).toContain('1 action on 22 Nov');
    expect(titles(root)).toContain('No actions on 21 Nov');
    expect(root.querySelector('#heatmap-desc')?.textContent).toContain(
      'Since 12 October: 4 outreach actions on 2 days. Busiest day: 12 October, with 3 outreach actions.',
    );
    expect(root.textContent).toContain('5 or more (daily target met)');
  });

  it('shows the current and best streak', async () => {
    const ana = await contact('Ana');
    for (const day of ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-20', '2026-11-21'])
      await logOn(day, ana.id);
    const root = await view();
    const streak = root.querySelector('[aria-labelledby="progress-streak-h"]')?.textContent ?? '';
    expect(streak).toContain('2 dayscurrent streak');
    expect(streak).toContain('3 daysbest streak');
    expect(streak).toContain('One outreach action today keeps the streak going.');
  });

  it('withholds a rate below five sends and shows it from five on', async () => {
    const ana = await contact('Ana');
    const ben = await linkedIn('ben');
    for (let i = 0; i < 3; i++) await logOn('2026-11-20', ben.id, { kind: 'inmail', channel: 'inmail' });
    await logOn('2026-11-20', ana.id, { status: 'replied' });
    await logOn('2026-11-20', ana.id, { status: 'chat-held' });
    for (let i = 0; i < 3; i++) await logOn('2026-11-21', ana.id);
    const root = await view();
    const rows = [...root.querySelectorAll('#rates-kind ~ table tbody tr')].map((tr) => tr.textContent);
    expect(rows).toEqual([
      'Coffee-chat request540% (2 of 5)20% (1 of 5)',
      'InMail3Not enough data yet (3 of 5)',
    ]);
    const warmth = [...root.querySelectorAll('#rates-warmth ~ table tbody tr')].map((tr) => tr.textContent);
    expect(warmth).toEqual([
      'People who know you540% (2 of 5)20% (1 of 5)',
      'LinkedIn contacts3Not enough data yet (3 of 5)',
    ]);
    const degrees = [...root.querySelectorAll('#rates-degree ~ table tbody tr')].map((tr) => tr.textContent);
    expect(degrees).toEqual([
      '2nd degree3Not enough data yet (3 of 5)',
      'No degree shown540% (2 of 5)20% (1 of 5)',
    ]);
  });

  it('warns near the weekly invitation cap without blocking anything', async () => {
    await send('settings.set', { changes: { weeklyInvitationCap: 5 } });
    const ana = await contact('Ana');
    for (let i = 0; i < 4; i++)
      await logOn('2026-11-17', ana.id, { kind: 'invitation-note', channel: 'invitation' });
    const root = await view();
    expect(root.textContent).toContain('Invitations this week: 4 of your cap of 5');
    expect(root.querySelector('p.warn')?.textContent).toContain(
      'Heads-up: you are close to your weekly invitation cap.',
    );
    expect(root.querySelector('button:disabled')).toBeNull();
  });
});
