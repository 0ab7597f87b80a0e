import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { SettingsView } from '../../../../src/dashboard/settings/SettingsView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { permissionAnswer } from '../../ui/fake-browser';
import { change, click, field, mountView, type } from '../data/view-harness';

beforeEach(() => {
  freshIndexedDB();
  permissionAnswer.grant = true;
  permissionAnswer.asked = [];
});

const checkbox = (root: HTMLElement, label: string): HTMLInputElement => {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.includes(label));
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no checkbox "${label}"`);
  return input;
};

describe('Settings', () => {
  it('shows the defaults and links to the plan for targets', async () => {
    const root = await mountView(<SettingsView />);
    expect(field(root, '#settings-cap').value).toBe('60');
    expect(field(root, '#settings-follow-up').value).toBe('7');
    expect(root.querySelector('a[href="#plan"]')).not.toBeNull();
    expect(root.textContent).toContain('it never stops you');
  });

  it('toggles are saved at once and persist', async () => {
    let root = await mountView(<SettingsView />);
    await click(checkbox(root, 'Show the badge'));
    expect(root.textContent).toContain('Saved.');
    await click(checkbox(root, 'browser notifications'));
    await click(checkbox(root, 'Premium'));
    await change(field<HTMLSelectElement>(root, '#settings-language'), 'de');
    expect(await send('settings.get', {})).toMatchObject({
      showBadge: false,
      notifications: true,
      premium: true,
      language: 'de',
    });

    root = await mountView(<SettingsView />);
    expect(checkbox(root, 'Show the badge').checked).toBe(false);
    expect(checkbox(root, 'browser notifications').checked).toBe(true);
    expect(checkbox(root, 'Premium').checked).toBe(true);
    expect(field<HTMLSelectElement>(root, '#settings-language').value).toBe('de');
    expect(permissionAnswer.asked).toEqual([['notifications']]);
  });

  it('logging my own Send is on and marking replies by itself is off until chosen; both are saved', async () => {
    let root = await mountView(<SettingsView />);
    expect(checkbox(root, 'press Send on LinkedIn').checked).toBe(true);
    expect(checkbox(root, 'Mark a reply as replied by itself').checked).toBe(false);
    expect(root.textContent).toContain('never the words');
    await click(checkbox(root, 'press Send on LinkedIn'));
    await click(checkbox(root, 'Mark a reply as replied by itself'));
    expect(await send('settings.get', {})).toMatchObject({ logOwnSend: false, autoMarkReplies: true });
    root = await mountView(<SettingsView />);
    expect(checkbox(root, 'press Send on LinkedIn').checked).toBe(false);
    expect(checkbox(root, 'Mark a reply as replied by itself').checked).toBe(true);
  });

  it('keeps reminders off, and says why, when the browser does not allow notifications', async () => {
    permissionAnswer.grant = false;
    const root = await mountView(<SettingsView />);
    await click(checkbox(root, 'browser notifications'));
    await vi.waitFor(() => expect(root.textContent).toContain('the browser did not allow notifications'));
    expect(checkbox(root, 'browser notifications').checked).toBe(false);
    expect(await send('settings.get', {})).toMatchObject({ notifications: false });
  });

  it('with a goal, edits its daily and weekly targets and keeps the goal and its date', async () => {
    await send('goal.set', {
      goal: { chatsTarget: 40, deadline: '2027-03-01', chatsPerWeek: 3, actionsPerDay: 5, minutesPerDay: 30 },
    });
    const root = await mountView(<SettingsView />);
    const perDay = field(root, '#settings-actionsPerDay');
    expect(perDay.value).toBe('5');
    await type(perDay, '8');
    await change(perDay);
    expect(await send('goal.get', {})).toMatchObject({
      chatsTarget: 40,
      deadline: '2027-03-01',
      chatsPerWeek: 3,
      actionsPerDay: 8,
    });
    expect(root.textContent).toContain('Saved.');
  });

  it('numbers are saved when committed, and refused out of range', async () => {
    const root = await mountView(<SettingsView />);
    const cap = field(root, '#settings-cap');
    await type(cap, '80');
    await change(cap);
    expect((await send('settings.get', {})).weeklyInvitationCap).toBe(80);

    await type(cap, '500');
    await change(cap);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Enter a whole number from 1 to 200. Not saved.',
    );
    expect(cap.getAttribute('aria-invalid')).toBe('true');
    expect((await send('settings.get', {})).weeklyInvitationCap).toBe(80);

    const followUp = field(root, '#settings-follow-up');
    await type(followUp, '10');
    await change(followUp);
    expect((await send('settings.get', {})).followUpAfterDays).toBe(10);
  });
});
