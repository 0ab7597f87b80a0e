import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { PlanView } from '../../../../src/dashboard/plan/PlanView';
import { ProgressView } from '../../../../src/dashboard/progress/ProgressView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { clock } from '../../ui/fake-browser';
import { mount } from '../../ui/render';
import { contact, linkedIn, logOn, NOW, WithData } from '../plan/with-data';

beforeEach(() => {
  freshIndexedDB();
  clock.now = NOW;
});

async function violations(root: HTMLElement): Promise<string[]> {
  // Colours come from CSS variables happy-dom does not resolve; contrast is checked by eye.
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe)', () => {
  it('the first-run wizard has no detectable violations', async () => {
    const root = await mount(
      <WithData>
        <PlanView />
      </WithData>,
    );
    expect(await violations(root)).toEqual([]);
  });

  it('Plan with a goal and Progress with data have no detectable violations', async () => {
    clock.now = new Date(2026, 9, 1, 9).getTime();
    await send('goal.set', {
      goal: { chatsTarget: 20, deadline: '2027-01-31', chatsPerWeek: 2, actionsPerDay: 4, minutesPerDay: 40 },
    });
    clock.now = NOW;
    const ana = await contact('Ana');
    const ben = await linkedIn('ben');
    await logOn('2026-10-12', ana.id, { status: 'chat-held' });
    await logOn('2026-11-20', ben.id, { kind: 'invitation-note', channel: 'invitation' });
    for (const tree of [<PlanView key="plan" />, <ProgressView key="progress" />]) {
      const root = await mount(<WithData>{tree}</WithData>);
      expect(await violations(root)).toEqual([]);
    }
  });
});
