import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../ui/fake-browser')).browserModule);

import type { ContactView, PageProfile } from '../../../src/model';
import { send } from '../../../src/platform/send';
import { PersonCard } from '../../../src/ui/person/PersonCard';
import { freshIndexedDB } from '../db/fresh';
import { byText, mount, settle } from '../ui/render';

beforeEach(freshIndexedDB);

const dana: PageProfile = {
  profileUrl: 'https://www.linkedin.com/in/dana/',
  name: 'Dana Whitfield',
  headline: 'UX Researcher',
  company: 'Northwind',
  degree: 2,
  self: false,
  mutualCount: 14,
  mutualNames: ['Priya Raman'],
  canConnect: true,
  pending: false,
  inviteNoteLimit: null,
};

const pill = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;

async function correct(root: HTMLElement, degree: string, mutuals: string) {
  byText(root, 'Correct degree or mutual connections', 'button')?.click();
  await settle();
  const select = root.querySelector<HTMLSelectElement>('#fix-degree');
  const count = root.querySelector<HTMLInputElement>('#fix-mutuals');
  if (!select || !count) throw new Error('no correction form');
  select.value = degree;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  count.value = mutuals;
  count.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}

describe('the popup person card', () => {
  it('shows what was detected, takes a correction, and the correction outlives the next page read', async () => {
    let person: ContactView = await send('profile.seen', { profile: dana });
    const root = await mount(<PersonCard read={null} person={person} onChange={(next) => (person = next)} />);
    expect(pill(root, 'degree')).toBe('2nd degree');
    expect(pill(root, 'mutuals')).toContain('14');

    await correct(root, '1', '3');
    expect(person.contact).toMatchObject({ degree: 1, mutualCount: 3 });
    const shown = await mount(<PersonCard read={null} person={person} onChange={() => {}} />);
    expect(pill(shown, 'degree')).toBe('1st degree (corrected)');
    expect(pill(shown, 'mutuals')).toContain('3');

    // LinkedIn's page still says 2nd and 14: the user's word stands.
    const reread = await send('profile.seen', { profile: dana });
    expect(reread.contact).toMatchObject({ degree: 1, mutualCount: 3, headline: 'UX Researcher' });
  });

  it('refuses a mutual count that is not a whole number, and keeps what was stored', async () => {
    const person = await send('profile.seen', { profile: dana });
    const root = await mount(<PersonCard read={null} person={person} onChange={() => {}} />);
    await correct(root, '1', '-2');
    expect(root.querySelector('[role="alert"]')?.textContent).toBeTruthy();
    expect((await send('contact.lookup', { profileUrl: dana.profileUrl }))?.contact).toMatchObject({
      degree: 2,
      mutualCount: 14,
    });
  });
});
