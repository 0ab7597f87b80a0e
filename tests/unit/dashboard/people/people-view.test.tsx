import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { PeopleView } from '../../../../src/dashboard/people/PeopleView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { byText, mount, settle } from '../../ui/render';
import { click, key, submit, type, WithData, warm } from './with-data';

beforeEach(freshIndexedDB);

const view = () =>
  mount(
    <WithData>
      <PeopleView />
    </WithData>,
  );
const ranks = async () =>
  (await send('contacts.list', {}))
    .filter((c) => c.top20Rank !== null)
    .sort((a, b) => (a.top20Rank ?? 0) - (b.top20Rank ?? 0))
    .map((c) => c.name);
const top20 = (root: HTMLElement) => root.querySelector('.people-top20');

describe('People', () => {
  it('starts with a heading to focus and explains how contacts arrive', async () => {
    const root = await view();
    expect(root.querySelector('h2')?.getAttribute('tabindex')).toBe('-1');
    expect(root.textContent).toContain(
      'No contacts yet — open a LinkedIn profile, add a warm contact, or import your LinkedIn connections in Your data.',
    );
  });

  it('adds a warm contact without LinkedIn and shows it in the list', async () => {
    const root = await view();
    const form = root.querySelector('#warm-name')?.closest('form');
    await submit(form);
    expect(root.textContent).toContain('Enter a name: it is the only field you need.');
    expect(root.querySelector('#warm-name')?.getAttribute('aria-invalid')).toBe('true');

    type(root.querySelector('#warm-name'), 'Bea Ortiz');
    type(root.querySelector('#warm-relationship'), 'teacher');
    type(root.querySelector('#warm-reach'), 'bea@example.org');
    await settle();
    await submit(form);

    const stored = (await send('contacts.list', {}))[0];
    expect(stored).toMatchObject({
      name: 'Bea Ortiz',
      relationship: 'teacher',
      reach: 'bea@example.org',
      source: 'warm',
    });
    expect(byText(root, 'Bea Ortiz', 'table a')?.getAttribute('href')).toBe(`#contact/${stored?.id}`);
    expect(root.textContent).toContain('All contacts (1)');
  });

  it('reorders the Top 20 with the keyboard and announces the new place', async () => {
    const people = [await warm('Ana'), await warm('Bo'), await warm('Cy')];
    await send('top20.set', { ids: people.map((p) => p.id) });
    const root = await view();

    key(byText(root, 'Ana', '.people-top20 a'), 'ArrowDown', { altKey: true });
    await settle();
    expect(await ranks()).toEqual(['Bo', 'Ana', 'Cy']);
    expect(root.textContent).toContain('Ana moved to position 2 of 3.');
    expect(document.activeElement?.textContent).toBe('Ana');

    (root.querySelector('[aria-label="Move up: Cy"]') as HTMLButtonElement).click();
    await settle();
    expect(await ranks()).toEqual(['Bo', 'Cy', 'Ana']);
    expect([...(top20(root)?.querySelectorAll('a') ?? [])].map((a) => a.textContent)).toEqual([
      'Bo',
      'Cy',
      'Ana',
    ]);
  });

  it('reorders the Top 20 by drag and drop', async () => {
    const people = [await warm('Ana'), await warm('Bo'), await warm('Cy')];
    await send('top20.set', { ids: people.map((p) => p.id) });
    const root = await view();
    const rows = top20(root)?.querySelectorAll('li') ?? [];
    rows[2]?.dispatchEvent(new Event('dragstart', { bubbles: true }));
    await settle();
    rows[0]?.dispatchEvent(new Event('drop', { bubbles: true, cancelable: true }));
    await settle();
    expect(await ranks()).toEqual(['Cy', 'Ana', 'Bo']);
  });

  it('adds to and removes from the Top 20, with a why-now line', async () => {
    await warm('Ana');
    const root = await view();
    expect(root.textContent).toContain('Your Top 20 is empty.');
    await click(root, 'Add to Top 20');
    expect(await ranks()).toEqual(['Ana']);
    expect(top20(root)?.textContent).toContain('Knows you already: an easy yes, and a good first chat.');
    expect(root.textContent).toContain('Number 1 in your Top 20, not contacted yet.');

    await click(root, 'Remove');
    expect(await ranks()).toEqual([]);
  });

  it('refuses a 21st person and says why', async () => {
    const people = [];
    for (let i = 1; i <= 21; i++) people.push(await warm(`Person ${String(i).padStart(2, '0')}`));
    await send('top20.set', { ids: people.slice(0, 20).map((p) => p.id) });
    const root = await view();

    const add = root.querySelector<HTMLButtonElement>('[aria-label="Add to Top 20: Person 21"]');
    expect(add?.disabled).toBe(true);
    const reason = document.getElementById(add?.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe(
      'Your Top 20 is full (20 people). Remove someone from it to add another.',
    );
    add?.click();
    await settle();
    expect(await ranks()).toHaveLength(20);
    expect(root.textContent).toContain('Top 20 (20 of 20)');
  });

  it('searches without accents, filters, and pages through thousands of contacts', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      firstName: i === 7 ? 'José' : `Person`,
      lastName: String(i).padStart(3, '0'),
      profileUrl: `https://www.linkedin.com/in/p${i}/`,
      email: null,
      company: i === 7 ? 'Café Lumière' : 'Acme',
      position: '',
      connectedOn: '2025-06-01',
    }));
    await send('connections.import', { rows });
    await warm('Bea Ortiz');
    const root = await view();

    expect(root.textContent).toContain('Showing 1–50 of 121');
    await click(root, 'Next page');
    expect(root.textContent).toContain('Showing 51–100 of 121');
    expect(root.textContent).toContain('Page 2 of 3');

    type(root.querySelector('#people-search'), 'jose lumiere');
    await settle();
    expect(root.textContent).toContain('Showing 1–1 of 1');
    expect(byText(root, 'José 007', 'table a')).not.toBeNull();

    type(root.querySelector('#people-search'), '');
    type(root.querySelector('#people-source'), 'warm');
    await settle();
    expect([...root.querySelectorAll('tbody a')].map((a) => a.textContent)).toEqual(['Bea Ortiz']);

    type(root.querySelector('#people-source'), 'any');
    type(root.querySelector('#people-last'), 'within-30');
    await settle();
    expect(root.textContent).toContain('No contacts match this search and these filters.');
    await click(root, 'Clear search and filters');
    expect(root.textContent).toContain('Showing 1–50 of 121');
  });

  it('lists old ties as reconnect candidates with their reason and a link', async () => {
    const rows = [
      {
        firstName: 'Olga',
        lastName: 'Old',
        profileUrl: 'https://www.linkedin.com/in/olga/',
        email: null,
        company: '',
        position: '',
        connectedOn: '2019-05-01',
      },
    ];
    await send('connections.import', { rows });
    const root = await view();
    const section = root.querySelector('[aria-labelledby="people-reconnect-h"]');
    expect(section?.textContent).toContain('Connected in 2019, no contact since: reconnect.');
    expect(byText(section ?? root, 'Olga Old', 'a')?.getAttribute('href')).toMatch(/^#contact\//);
  });

  it('shows names with HTML in them as plain text', async () => {
    await warm('<img src=x onerror=alert(1)>');
    const root = await view();
    expect(root.querySelector('img')).toBeNull();
    expect(byText(root, '<img src=x onerror=alert(1)>', 'a')).not.toBeNull();
  });
});
