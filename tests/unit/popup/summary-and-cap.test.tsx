import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../ui/fake-browser')).browserModule);

import type { PageProfile } from '../../../src/model';
import { send } from '../../../src/platform/send';
import { Composer } from '../../../src/ui/composer/Composer';
import { App } from '../../../src/ui/person/App';
import { freshIndexedDB } from '../db/fresh';
import { opened } from '../ui/fake-browser';
import { byText, mount, settle } from '../ui/render';

beforeEach(() => {
  freshIndexedDB();
  opened.length = 0;
});

const lee: PageProfile = {
  profileUrl: 'https://www.linkedin.com/in/lee/',
  name: 'Lee Chen',
  headline: 'Research Ops Lead',
  company: 'Globex',
  degree: 3,
  self: false,
  mutualCount: 0,
  mutualNames: [],
  canConnect: true,
  pending: false,
  inviteNoteLimit: 200,
};

describe('the popup away from a profile', () => {
  it('without a goal, says so and opens the dashboard to set one', async () => {
    const root = await mount(<App />);
    expect(root.textContent).toContain('No goal yet');
    byText(root, 'Set a goal', 'button')?.click();
    await settle();
    expect(opened).toContain('options');
  });

  it('with a goal, shows the plan in one sentence', async () => {
    await send('goal.set', {
      goal: { chatsTarget: 50, deadline: '2027-03-01', chatsPerWeek: 4, actionsPerDay: 5, minutesPerDay: 30 },
    });
    const root = await mount(<App />);
    expect(root.querySelector('[data-testid="plan-sentence"]')?.textContent).toMatch(/you reach 50 on/);
  });
});

describe('the composer on an invitation note', () => {
  async function composer() {
    const person = await send('profile.seen', { profile: lee });
    const [me, settings, counts] = await Promise.all([
      send('me.get', {}),
      send('settings.set', { changes: { weeklyInvitationCap: 3 } }),
      send('today.get', {}),
    ]);
    const root = await mount(
      <Composer
        person={person}
        read={{ url: lee.profileUrl, page: 'profile', profile: lee, missing: [] }}
        tabId={null}
        me={me}
        settings={settings}
        userTemplates={[]}
        onMe={() => {}}
        onContact={() => {}}
        onLogged={() => {}}
        counts={{ ...counts, invitationsThisWeek: 3 }}
      />,
    );
    const select = root.querySelector<HTMLSelectElement>('#template');
    const note = [...(select?.options ?? [])].find((o) => o.textContent?.includes('Invitation note (free'));
    if (!select || !note) throw new Error('no invitation note template');
    select.value = note.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    return root;
  }

  it('shows this week’s invitations against the cap and warns at the cap, without blocking', async () => {
    const root = await composer();
    expect(root.textContent).toContain('Invitations this week: 3 of your cap of 3');
    expect(root.textContent).toContain('you have reached your weekly invitation cap');
    expect(byText(root, 'Log as sent', 'button')?.hasAttribute('disabled')).toBe(false);
  });
});
