import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { PipelineView } from '../../../../src/dashboard/pipeline/PipelineView';
import type { Opportunity, PipelineStage } from '../../../../src/model';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { byText, mount, settle } from '../../ui/render';
import { click, key, submit, type, WithData, warm } from '../people/with-data';

beforeEach(freshIndexedDB);

const view = () =>
  mount(
    <WithData>
      <PipelineView />
    </WithData>,
  );

async function seed(contactId: string, cards: [string, PipelineStage][]): Promise<Opportunity[]> {
  const opportunities = cards.map(([title, stage], i) => ({
    id: `o${i}`,
    contactIds: [contactId],
    title,
    stage,
    order: i,
    stageHistory: [{ stage, at: 1 }],
    notes: '',
    createdAt: i,
    updatedAt: i,
  }));
  return send('opportunities.save', { opportunities });
}
const stored = async (title: string) => (await send('opportunities.list', {})).find((o) => o.title === title);
const handle = (root: HTMLElement, title: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('.pipeline-handle')].find((b) =>
    b.getAttribute('aria-label')?.startsWith(`Move “${title}”`),
  ) ?? null;

describe('Pipeline', () => {
  it('explains that it holds conversations, not job postings, when empty', async () => {
    await warm('Ana');
    const root = await view();
    expect(root.querySelector('h2')?.getAttribute('tabindex')).toBe('-1');
    expect(root.textContent).toContain('This board is for conversations, not job postings.');
    expect(root.textContent).not.toContain('Keep going');
  });

  it('adds a card tied to the person who opened the door', async () => {
    const ana = await warm('Ana Lima');
    await warm('Bo');
    const root = await view();
    type(root.querySelector('#pipeline-add-title'), 'Referral for the data role');
    type(root.querySelector('#pipeline-add-find'), 'lima');
    await settle();
    await submit(root.querySelector('#pipeline-add-title')?.closest('form'));
    expect(await stored('Referral for the data role')).toMatchObject({
      stage: 'coffee-chat',
      contactIds: [ana.id],
    });
    const card = root.querySelector('.pipeline-card');
    expect(byText(card ?? root, 'Ana Lima', 'a')?.getAttribute('href')).toBe(`#contact/${ana.id}`);
  });

  it('moves a card between stages and within a column with the arrow keys', async () => {
    const ana = await warm('Ana');
    await seed(ana.id, [
      ['Chat about Acme', 'coffee-chat'],
      ['Globex ideas', 'ideas'],
    ]);
    const root = await view();

    key(handle(root, 'Chat about Acme'), 'ArrowRight');
    await settle();
    expect((await stored('Chat about Acme'))?.stage).toBe('ideas');
    expect(root.textContent).toContain(
      '“Chat about Acme” moved to Ideas about an opportunity, position 2 of 2.',
    );
    expect(document.activeElement).toBe(handle(root, 'Chat about Acme'));

    key(handle(root, 'Chat about Acme'), 'ArrowUp');
    await settle();
    expect((await stored('Chat about Acme'))?.order).toBe(0);
    expect((await stored('Globex ideas'))?.order).toBe(1);

    key(handle(root, 'Chat about Acme'), 'ArrowLeft');
    await settle();
    key(handle(root, 'Chat about Acme'), 'ArrowLeft');
    await settle();
    expect((await stored('Chat about Acme'))?.stage).toBe('coffee-chat');
    expect(root.textContent).toContain('“Chat about Acme” cannot move further that way.');
  });

  it('moves a card by drag and drop', async () => {
    const ana = await warm('Ana');
    await seed(ana.id, [['Chat about Acme', 'coffee-chat']]);
    const root = await view();
    root.querySelector('.pipeline-card')?.dispatchEvent(new Event('dragstart', { bubbles: true }));
    await settle();
    root
      .querySelector('#pipeline-col-negotiation + ol')
      ?.dispatchEvent(new Event('drop', { bubbles: true, cancelable: true }));
    await settle();
    const card = await stored('Chat about Acme');
    expect(card?.stage).toBe('negotiation');
    expect(card?.stageHistory.map((s) => s.stage)).toEqual(['coffee-chat', 'negotiation']);
  });

  it('shows the keep-going nudge once something reaches interview', async () => {
    const ana = await warm('Ana');
    await seed(ana.id, [['Referral at Acme', 'application']]);
    const root = await view();
    expect(root.textContent).not.toContain('Keep going');
    key(handle(root, 'Referral at Acme'), 'ArrowRight');
    await settle();
    expect((await stored('Referral at Acme'))?.stage).toBe('interview');
    expect(root.textContent).toContain('Keep going');
    expect(root.textContent).toContain('“Referral at Acme” looks promising — keep your chat targets up');
  });

  it('edits a card and deletes it after confirming', async () => {
    const ana = await warm('Ana');
    await seed(ana.id, [['Chat about Acme', 'coffee-chat']]);
    const root = await view();
    await click(root, 'Edit');
    const title = root.querySelector<HTMLInputElement>('.pipeline-card input');
    type(title, 'Chat about Acme data team');
    type(root.querySelector('.pipeline-card textarea'), 'Ana suggests asking Bo');
    await settle();
    await submit(title?.closest('form'));
    expect(await stored('Chat about Acme data team')).toMatchObject({ notes: 'Ana suggests asking Bo' });
    expect(root.textContent).toContain('Ana suggests asking Bo');

    await click(root, 'Delete');
    await click(root.querySelector('dialog') ?? root, 'Delete card');
    expect(await send('opportunities.list', {})).toEqual([]);
    expect(root.textContent).toContain('Nothing on the pipeline yet');
  });

  it('shows titles with HTML in them as plain text', async () => {
    const ana = await warm('Ana');
    await seed(ana.id, [['<img src=x onerror=alert(1)>', 'ideas']]);
    const root = await view();
    expect(root.querySelector('img')).toBeNull();
    expect(byText(root, '<img src=x onerror=alert(1)>', 'h4')).not.toBeNull();
  });
});
