import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { TemplatesView } from '../../../../src/dashboard/templates/TemplatesView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { button, change, click, field, mountView, type } from '../data/view-harness';

beforeEach(freshIndexedDB);

const body = (root: HTMLElement) => field<HTMLTextAreaElement>(root, '#tpl-body');
const saveButton = (root: HTMLElement) => button(root, 'Save template');
const preview = (root: HTMLElement) => field<HTMLElement>(root, '.tpl-preview');

async function newBlank(root: HTMLElement, title = 'My note'): Promise<void> {
  await click(button(root, 'New template'));
  await type(field(root, '#tpl-title'), title);
}

describe('the template editor', () => {
  it('an unclosed {{#if}} shows its line and column, and Save is disabled', async () => {
    const root = await mountView(<TemplatesView />);
    await newBlank(root);
    await type(body(root), 'Hi {{person.firstName}},\n\n{{#if person.company}}at {{person.company}}');
    const alert = root.querySelector('#tpl-body-problems [role="alert"]');
    expect(alert?.textContent).toContain('Line 3, column 44: A closing {{/…}} is expected here');
    expect(saveButton(root)?.disabled).toBe(true);
    expect(root.textContent).toContain('a template with errors cannot be saved');
    expect(body(root).getAttribute('aria-invalid')).toBe('true');
    expect(root.textContent).toContain('Fix the syntax errors to see the preview.');

    await type(body(root), `${body(root).value}{{/if}}`);
    expect(root.querySelector('#tpl-body-problems [role="alert"]')?.textContent).toBe('');
    expect(saveButton(root)?.disabled).toBe(false);
    await click(saveButton(root));
    const [saved] = await send('templates.list', {});
    expect(saved).toMatchObject({ title: 'My note', basedOn: null, kind: 'coffee-chat', subject: null });
    expect(root.textContent).toContain('Saved “My note”.');
  });

  it('pressing a problem puts the cursor at its place', async () => {
    const root = await mountView(<TemplatesView />);
    await newBlank(root);
    await type(body(root), 'Line one\nHi {{me.name}');
    const problem = root.querySelector('#tpl-body-problems button');
    const [, line, column] = /Line (\d+), column (\d+)/.exec(problem?.textContent ?? '') ?? [];
    expect(line).toBe('2');
    await click(problem);
    expect(document.activeElement).toBe(body(root));
    expect(body(root).selectionStart).toBe('Line one\n'.length + Number(column) - 1);
  });

  it('an unknown variable is an error, an empty one a hint', async () => {
    const root = await mountView(<TemplatesView />);
    await newBlank(root);
    await type(body(root), 'Hi {{person.fristName}}, {{me.story}}');
    expect(root.querySelector('#tpl-body-problems [role="alert"]')?.textContent).toContain(
      'Error: Line 1, column 6: Unknown variable {{person.fristName}}',
    );
    expect(root.querySelector('#tpl-body-problems ul.warn')?.textContent).toContain(
      'Hint: Line 1, column 28: {{me.story}} is empty for this person',
    );
    expect(saveButton(root)?.disabled).toBe(true);
  });

  it('the preview shows a name with HTML in it as literal text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await send('contact.create', {
      contact: {
        name: hostile,
        relationship: 'friend',
        reach: null,
        howWeKnow: null,
        company: '<b>Acme</b>',
        role: null,
        lastContactedOn: null,
        notes: '',
      },
    });
    const [contact] = await send('contacts.list', {});
    const root = await mountView(<TemplatesView />);
    await newBlank(root);
    await type(body(root), 'Hi {{person.fullName}} from {{person.company}}');
    await change(field<HTMLSelectElement>(root, '#tpl-preview-for'), contact?.id);
    expect(preview(root).textContent).toBe(`Hi ${hostile} from <b>Acme</b>`);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.tpl-preview b')).toBeNull();
  });

  it('counts characters against the maximum length', async () => {
    const root = await mountView(<TemplatesView />);
    await newBlank(root);
    await type(field(root, '#tpl-max'), '10');
    await type(body(root), 'Hello {{person.firstName}}!');
    expect(preview(root).textContent).toBe('Hello Alex!');
    expect(root.textContent).toContain('11 of 10 characters — too long by 1 character');
  });

  it('a variable from the reference is inserted where the cursor was', async () => {
    const root = await mountView(<TemplatesView />);
    await newBlank(root);
    await type(body(root), 'Hi ,');
    body(root).focus();
    body(root).setSelectionRange(3, 3);
    await click(root.querySelector('button[aria-label="Insert {{person.firstName}}"]'));
    expect(body(root).value).toBe('Hi {{person.firstName}},');
    expect(body(root).selectionStart).toBe('Hi {{person.firstName}}'.length);
  });

  it('InMail templates get a subject, checked and previewed too', async () => {
    const root = await mountView(<TemplatesView />);
    await newBlank(root);
    await change(field<HTMLSelectElement>(root, '#tpl-channel'), 'inmail');
    await type(field(root, '#tpl-subject'), 'About {{person.company}');
    expect(root.querySelector('#tpl-subject-problems [role="alert"]')?.textContent).toContain(
      'Line 1, column',
    );
    expect(saveButton(root)?.disabled).toBe(true);
    await type(field(root, '#tpl-subject'), 'About {{person.company}}');
    await type(body(root), 'Hello');
    expect(root.querySelector('.tpl-preview-subject')?.textContent).toBe('About Northwind');
    await click(saveButton(root));
    const [saved] = await send('templates.list', {});
    expect(saved).toMatchObject({ channel: 'inmail', subject: 'About {{person.company}}' });
  });
});

describe('a template that is abuse', () => {
  it('a stored 1,500-link {{else if}} chain opens in the editor with its problem, not a blank page', async () => {
    const chained = `Hi{{#if person.nothing}}0${'{{else if a}}'.repeat(1500)}{{/if}}`;
    await send('template.save', {
      template: {
        id: 'chained',
        basedOn: null,
        title: 'Imported',
        kind: 'coffee-chat',
        channel: 'linkedin-message',
        subject: null,
        body: chained,
        maxLength: null,
        updatedAt: 1,
      },
    });
    const root = await mountView(<TemplatesView />);
    await click(button(root, 'Edit Imported'));
    expect(body(root).value).toBe(chained);
    expect(root.querySelector('#tpl-body-problems [role="alert"]')?.textContent).toMatch(
      /Line 1, column \d+: More than 50 \{\{else if\}\} in one chain/,
    );
    expect(saveButton(root)?.disabled).toBe(true);
    expect(await send('templates.list', {})).toMatchObject([{ id: 'chained', body: chained }]);
  });
});

describe('built-in templates', () => {
  it('customizing one saves your version; reset to built-in removes it', async () => {
    const root = await mountView(<TemplatesView />);
    expect(root.textContent).toContain('Coffee chat request (1st-degree connection)');
    const customize = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Customize Coffee chat request (1st-degree connection)',
    );
    await click(customize ?? null);
    expect(body(root).value).toContain('{{person.firstName}}');
    await type(body(root), `${body(root).value}\nP.S. Thanks!`);
    await click(saveButton(root));
    const [mine] = await send('templates.list', {});
    expect(mine).toMatchObject({ basedOn: 'linkedin-coffee-chat', maxLength: 8000 });
    expect(root.textContent).toContain('You customized this one');

    await click(button(root, 'Reset to built-in'));
    await click(button(root, 'Yes, reset'));
    expect(await send('templates.list', {})).toEqual([]);
    expect(root.textContent).toContain('Reset: the built-in template is back.');
  });

  it('duplicating makes a separate template; deleting it asks first', async () => {
    const root = await mountView(<TemplatesView />);
    await change(field<HTMLSelectElement>(root, '#tpl-start-from'), 'intro-request');
    await click(button(root, 'New template'));
    expect(field(root, '#tpl-title').value).toMatch(/^Copy of /);
    await click(saveButton(root));
    const [copy] = await send('templates.list', {});
    expect(copy?.basedOn).toBeNull();

    await click(button(root, `Duplicate ${copy?.title}`));
    await click(saveButton(root));
    expect(await send('templates.list', {})).toHaveLength(2);

    await click(button(root, `Delete`));
    expect(await send('templates.list', {})).toHaveLength(2);
    await click(button(root, 'Yes, delete'));
    expect(await send('templates.list', {})).toHaveLength(1);
  });
});
