import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { MeView } from '../../../../src/dashboard/me/MeView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { setUiLanguage } from '../../ui/fake-browser';
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

  it('previews two real messages, the first ask and the note a mutual forwards, named as in Templates', async () => {
    await send('me.set', { changes: { targetRole: 'UX researcher', name: 'Kim Doe' } });
    const root = await mountView(<MeView />);
    const titles = [...root.querySelectorAll('.me-previews article > h4')].map((h) => h.textContent);
    expect(titles.slice(0, 2)).toEqual([
      'Coffee chat request (1st-degree connection)',
      'Forwardable note about you (for an introduction)',
    ]);
    const [, note] = [...root.querySelectorAll('.me-preview')].map((p) => p.textContent ?? '');
    expect(note).toContain("I'm Kim Doe, and I'm changing careers, with UX researcher as my goal.");
  });

  it('beside the first ask, a gentle check says what it does and what it does not do yet', async () => {
    const root = await mountView(<MeView />);
    await type(field(root, '#me-ask'), 'Are you hiring? I would love a job at your company.');
    const check = field<HTMLElement>(root, '.first-ask');
    const done = [...check.querySelectorAll('.first-ask-ok')].map((li) => li.textContent);
    const todo = [...check.querySelectorAll('.first-ask-todo')].map((li) => li.textContent);
    expect(done[0]).toMatch(/^Does: Within 100 words \(\d+\)$/);
    expect(todo.join(' ')).toContain('reads as asking for a job');
    // Advice only: saving is never blocked.
    await click(button(root, 'Save my story'));
    expect(root.textContent).toContain('Saved.');
  });

  it('in German: the messages in German, named as in German, and the check in German', async () => {
    setUiLanguage('de');
    try {
      await send('me.set', { changes: { name: 'Kim Doe', targetRole: 'Datenanalyse' } });
      const root = await mountView(<MeView />);
      const titles = [...root.querySelectorAll('.me-previews article > h4')].map((h) => h.textContent);
      expect(titles[0]).toBe('Bitte um ein Kaffeegespräch (Kontakt 1. Grades)');
      expect(preview(root)).toMatch(/^Guten Tag Alex Berger,/);
      expect(field<HTMLElement>(root, '.first-ask h4').textContent).toBe('So wirkt die erste Bitte');
      expect(field<HTMLElement>(root, '.first-ask').textContent).toContain('Höchstens 100 Wörter');
    } finally {
      setUiLanguage('en');
    }
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
    expect(items[0]).toContain('20 April');
    expect(items[1]).toContain('2 March · Pat Mentor');
    expect(items[2]).toContain('15 January');
    expect(root.querySelector('.me-lessons a')?.getAttribute('href')).toBe(`#contact/${pat?.id}`);

    const deleteButtons = root.querySelectorAll<HTMLButtonElement>('.me-lessons button');
    expect(deleteButtons[1]?.textContent).toBe('Delete the lesson of 2 March');
    await click(deleteButtons[1] ?? null);
    const { lessons } = await send('me.get', {});
    expect(lessons.map((l) => l.day)).toEqual(['2026-01-15', '2026-04-20']);
    expect(root.textContent).toContain('Lesson deleted.');
  });
});
