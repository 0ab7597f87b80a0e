import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { MeView } from '../../../../src/dashboard/me/MeView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { button, change, click, field, mountView, type } from '../data/view-harness';

beforeEach(freshIndexedDB);

const preview = (root: HTMLElement) => field<HTMLElement>(root, '.me-preview').textContent ?? '';

describe('My story', () => {
  it('saves the story, and the preview shows how it reads in a message as you type', async () => {
    const root = await mountView(<MeView />);
    expect(document.querySelector('h2')?.getAttribute('tabindex')).toBe('-1');
    await type(field(root, '#me-name'), 'Kim Doe');
    await type(
      field<HTMLTextAreaElement>(root, '#me-story'),
      'I taught maths for ten years and now build dashboards.',
    );
    await type(field(root, '#me-targetRole'), 'data analyst');
    await type(field(root, '#me-targetIndustry'), 'healthcare');
    await type(field(root, '#me-companies'), 'Acme,  Globex , acme,');
    await type(field(root, '#me-ask'), 'Could I ask you three questions about your first year?');

    const text = preview(root);
    expect(text).toContain('Hi Alex,');
    expect(text).toContain('with data analyst in healthcare as my goal');
    expect(text).toContain('I taught maths for ten years and now build dashboards.');
    expect(text).toContain('Could I ask you three questions about your first year?');
    expect(text).toContain('Kim');

    await click(button(root, 'Save my story'));
    expect(root.textContent).toContain('Saved.');
    expect(await send('me.get', {})).toMatchObject({
      name: 'Kim Doe',
      targetRole: 'data analyst',
      targetIndustry: 'healthcare',
      targetCompanies: ['Acme', 'Globex'],
      ask: 'Could I ask you three questions about your first year?',
    });
  });

  it('the preview can show another built-in message', async () => {
    await send('me.set', { changes: { targetRole: 'UX researcher' } });
    const root = await mountView(<MeView />);
    await change(field<HTMLSelectElement>(root, '#me-preview-template'), 'inmail-coffee-chat');
    expect(preview(root)).toContain('with UX researcher as my goal');
  });
});

describe('the lessons log', () => {
  it('adds lessons (newest first, with the contact) and deletes one', async () => {
    await send('contact.create', {
      contact: {
        name: 'Pat Mentor',
        relationship: 'former-manager',
        reach: null,
        howWeKnow: null,
        company: null,
        role: null,
        lastContactedOn: null,
        notes: '',
      },
    });
    const [pat] = await send('contacts.list', {});
    const root = await mountView(<MeView />);
    const add = async (day: string, text: string, contactId = '') => {
      await type(field(root, '#me-lesson-day'), day);
      await change(field<HTMLSelectElement>(root, '#me-lesson-contact'), contactId);
      await type(field<HTMLTextAreaElement>(root, '#me-lesson-text'), text);
      await click(button(root, 'Add lesson'));
    };
    await add('2026-03-02', 'Lead with the teaching, not the apology.', pat?.id);
    await add('2026-01-15', 'Nobody knew what "learning analytics" means.');
    await add('2026-04-20', 'Name two target companies, not ten.');

    const items = [...root.querySelectorAll('.me-lessons li')].map((li) => li.textContent ?? '');
    expect(items[0]).toContain('2026-04-20');
    expect(items[1]).toContain('2026-03-02 · Pat Mentor');
    expect(items[2]).toContain('2026-01-15');
    expect(root.querySelector('.me-lessons a')?.getAttribute('href')).toBe(`#contact/${pat?.id}`);

    const deleteButtons = root.querySelectorAll<HTMLButtonElement>('.me-lessons button');
    expect(deleteButtons[1]?.textContent).toBe('Delete the lesson of 2026-03-02');
    await click(deleteButtons[1] ?? null);
    const { lessons } = await send('me.get', {});
    expect(lessons.map((l) => l.day)).toEqual(['2026-01-15', '2026-04-20']);
    expect(root.textContent).toContain('Lesson deleted.');
  });
});
