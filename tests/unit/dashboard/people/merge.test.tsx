import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { ContactPage } from '../../../../src/dashboard/people/ContactPage';
import { PeopleView } from '../../../../src/dashboard/people/PeopleView';
import type { PageProfile } from '../../../../src/model';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { clock } from '../../ui/fake-browser';
import { byText, mount, settle } from '../../ui/render';
import { click, linkedIn, type, WithData, warm } from './with-data';

const START = new Date(2026, 10, 22, 10, 0).getTime();
beforeEach(() => {
  freshIndexedDB();
  clock.now = START;
  location.hash = '';
});

const NAME = 'Siobhán Ní Bhriain';
/** The same name under another address, an hour after the last one. */
async function siobhan(slug: string, fields: Partial<PageProfile> = {}) {
  clock.now += 3_600_000;
  return linkedIn(slug, { name: NAME, ...fields });
}
async function logFor(contactId: string, note: string) {
  clock.now += 60_000;
  await send('outreach.log', {
    requestId: `r-${clock.now}`,
    contactId,
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: null,
    viaMutual: null,
    note,
  });
}
const page = (id: string) =>
  mount(
    <WithData>
      <ContactPage id={id} />
    </WithData>,
  );
const dialog = (root: HTMLElement) => root.querySelector('dialog');
const compared = (root: HTMLElement) =>
  [...root.querySelectorAll('.people-merge-compare tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent),
  );

describe('Merge with…', () => {
  it('shows the two Siobháns side by side, merges them, and the page shows one person with both histories', async () => {
    const first = await siobhan('siobhan-ni-bhriain', { company: 'Acme' });
    const second = await siobhan('siobhan-nibhriain-42', { company: 'Globex' });
    await warm('Ana');
    await logFor(first.id, 'Asked for a chat');
    await logFor(second.id, 'Thank-you after the chat');
    await send('top20.set', { ids: [second.id] });
    const root = await page(first.id);

    await click(root, `Merge ${NAME} with…`);
    expect(document.activeElement?.id).toBe('merge-find');
    // The one with the same name is offered first, already chosen.
    expect(root.querySelector<HTMLSelectElement>('#merge-other')?.value).toBe(second.id);
    expect(root.querySelector('.people-merge-compare caption')?.textContent).toBe('The two side by side');
    expect(compared(root)).toEqual([
      ['LinkedIn profile', '/in/siobhan-ni-bhriain/', '/in/siobhan-nibhriain-42/'],
      ['Company', 'Acme', 'Globex'],
      ['Headline', 'Not set', 'Not set'],
      ['Last contacted', expect.any(String), expect.any(String)],
      ['History entries', '1', '1'],
      ['Top 20', 'Not set', '#1'],
      ['Added', expect.any(String), expect.any(String)],
      ['After merging', 'Stays (added first)', 'Merged into the other'],
    ]);

    await click(root, 'Merge…');
    const asked = dialog(root);
    expect(asked?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(asked?.textContent).toContain(`Merge ${NAME} and ${NAME} into one?`);
    expect(asked?.textContent).toContain('Both histories stay with one person (entries in all: 2)');
    expect(asked?.textContent).toContain(
      'LinkedIn profile kept: /in/siobhan-ni-bhriain/. The other address, /in/siobhan-nibhriain-42/, is dropped',
    );
    expect(asked?.textContent).toContain('Top 20 place kept: #1.');
    expect(document.activeElement?.textContent).toBe('Cancel');

    await click(asked ?? root, 'Merge');
    expect((await send('contacts.list', {})).filter((c) => c.name === NAME).map((c) => c.id)).toEqual([
      first.id,
    ]);
    expect(root.textContent).toContain(`Merged: ${NAME} is one contact now, with both histories.`);
    const timeline = root.querySelector('.people-timeline')?.textContent ?? '';
    expect(timeline).toContain('Asked for a chat');
    expect(timeline).toContain('Thank-you after the chat');
    expect(root.querySelector('.people-details')?.textContent).toContain('#1');
    expect(document.activeElement?.textContent).toBe(`Merge ${NAME} with…`);
  });

  it('keeps the older record when the merge starts on the newer one, and takes the user to it', async () => {
    const first = await siobhan('siobhan-a');
    const second = await siobhan('siobhan-b');
    await logFor(second.id, 'Asked for a chat');
    const root = await page(second.id);
    await click(root, `Merge ${NAME} with…`);
    expect(compared(root).at(-1)).toEqual(['After merging', 'Merged into the other', 'Stays (added first)']);
    await click(root, 'Merge…');
    await click(dialog(root) ?? root, 'Merge');
    expect(location.hash).toBe(`#contact/${first.id}`);

    const kept = await page(first.id);
    expect(kept.querySelector('h2')?.textContent).toBe(NAME);
    expect(kept.textContent).toContain(`Merged: ${NAME} is one contact now, with both histories.`);
    expect(kept.querySelector('.people-timeline')?.textContent).toContain('Asked for a chat');
  });

  it('changes nothing when the user cancels, and asks for a choice before merging', async () => {
    const first = await siobhan('siobhan-a');
    await warm('Ana');
    const root = await page(first.id);
    await click(root, `Merge ${NAME} with…`);
    expect(root.querySelector<HTMLSelectElement>('#merge-other')?.value).toBe('');
    await click(root, 'Merge…');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Choose the other contact first.');
    expect(dialog(root)).toBeNull();

    const ana = (await send('contacts.list', {})).find((c) => c.name === 'Ana');
    type(root.querySelector('#merge-other'), ana?.id ?? '');
    await settle();
    await click(root, 'Merge…');
    await click(dialog(root) ?? root, 'Cancel');
    expect(dialog(root)).toBeNull();
    expect(await send('contacts.list', {})).toHaveLength(2);

    await click(root, 'Cancel');
    expect(root.querySelector('#merge-other')).toBeNull();
    expect(document.activeElement?.textContent).toBe(`Merge ${NAME} with…`);
  });

  it('finds the other contact by name or company', async () => {
    const first = await siobhan('siobhan-a');
    await warm('Ana Lima');
    await linkedIn('bo-chen', { name: 'Bo Chen', company: 'Initech' });
    const root = await page(first.id);
    await click(root, `Merge ${NAME} with…`);
    type(root.querySelector('#merge-find'), 'initech');
    await settle();
    const options = [...(root.querySelector('#merge-other')?.querySelectorAll('option') ?? [])].map(
      (o) => o.textContent,
    );
    expect(options).toEqual(['Choose…', 'Bo Chen — Initech · /in/bo-chen/']);
  });

  it('says before asking when the two notes would not fit one person', async () => {
    const first = await siobhan('siobhan-a');
    const second = await siobhan('siobhan-b');
    await send('contact.edit', { id: first.id, changes: { notes: 'a'.repeat(12_000) } });
    await send('contact.edit', { id: second.id, changes: { notes: 'b'.repeat(12_000) } });
    const root = await page(first.id);
    await click(root, `Merge ${NAME} with…`);
    await click(root, 'Merge…');
    expect(dialog(root)).toBeNull();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('longer than 20,000 characters');
  });

  it('has no detectable accessibility violations with the comparison and the question open', async () => {
    const first = await siobhan('siobhan-a');
    await siobhan('siobhan-b');
    const root = await page(first.id);
    await click(root, `Merge ${NAME} with…`);
    await click(root, 'Merge…');
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('People list: the same name twice', () => {
  const view = () =>
    mount(
      <WithData>
        <PeopleView />
      </WithData>,
    );

  it('marks contacts who share a name, and the hint lists just them', async () => {
    await siobhan('siobhan-a', { company: 'Acme' });
    await linkedIn('siobhan-b', { name: 'Siobhan Ni Bhriain', company: 'Globex' });
    await warm('Ana');
    const root = await view();
    const hints = [...root.querySelectorAll('table .people-samename')];
    expect(hints.map((h) => h.textContent)).toEqual(['2 with this name', '2 with this name']);
    expect(hints[0]?.getAttribute('aria-label')).toMatch(/^2 contacts named Siobh.n N. Bhriain: show them$/);
    expect(byText(root, 'Ana', 'table a')?.closest('td')?.querySelector('.people-samename')).toBeNull();

    (hints[0] as HTMLButtonElement).click();
    await settle();
    expect([...root.querySelectorAll('table tbody a')].map((a) => a.textContent).sort()).toEqual([
      'Siobhan Ni Bhriain',
      NAME,
    ]);
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
