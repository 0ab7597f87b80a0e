import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('./fake-browser')).browserModule);

import { GoalForm } from '../../../src/dashboard/plan/GoalForm';
import { send } from '../../../src/platform/send';
import { freshIndexedDB } from '../db/fresh';
import { mount, settle } from './render';

beforeEach(freshIndexedDB);

describe('UI test harness', () => {
  it('saves a goal typed into the form through the real background handlers', async () => {
    const root = await mount(<GoalForm goal={null} onSaved={() => {}} />);
    const chats = root.querySelector<HTMLInputElement>('#goal-chats');
    if (!chats) throw new Error('no goal field');
    chats.value = '40';
    chats.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(await send('goal.get', {})).toMatchObject({ chatsTarget: 40 });
    expect(root.textContent).toContain('Saved.');
  });
});
