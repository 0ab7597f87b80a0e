import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { ContactPage } from '../../../../src/dashboard/people/ContactPage';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { byText, mount, settle } from '../../ui/render';
import { click, linkedIn, submit, type, WithData, warm } from './with-data';

beforeEach(freshIndexedDB);

const page = (id: string) =>
  mount(
    <WithData>
      <ContactPage id={id} />
    </WithData>,
  );
const history = async (contactId: string) => send('outreach.list', { contactId });

describe('Contact page', () => {
  it('shows who they are, with their LinkedIn profile opening safely in a new tab', async () => {
    const ana = await linkedIn('ana-lima', {
      name: 'Ana Lima',
      headline: 'Product lead',
      company: 'Acme',
      mutualCount: 2,
      mutualNames: ['Bo', 'Cy'],
    });
    const root = await page(ana.id);
    expect(root.querySelector('h2')?.textContent).toBe('Ana Lima');
    expect(root.querySelector('h2')?.getAttribute('tabindex')).toBe('-1');
    expect(root.textContent).toContain('Product lead');
    expect(root.textContent).toContain('2nd degree');
    expect(root.textContent).toContain('2 (Bo, Cy)');
    const link = byText(root, 'Open their profile (new tab)', 'a');
    expect(link?.getAttribute('href')).toBe('https://www.linkedin.com/in/ana-lima/');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });

  it('keeps hand edits when the LinkedIn page is read again', async () => {
    const ana = await linkedIn('ana-lima', { name: 'Ana Lima', company: 'Acme' });
    const root = await page(ana.id);
    await click(root, 'Edit details');
    expect(document.activeElement?.id).toBe('edit-name');
    expect(root.textContent).toContain('Your edits stick');
    type(root.querySelector('#edit-company'), 'Globex');
    await settle();
    await submit(root.querySelector('#edit-company')?.closest('form'));
    expect(root.textContent).toContain('Globex (edited by you)');
    expect(document.activeElement?.textContent).toBe('Edit details');

    await linkedIn('ana-lima', { name: 'Ana Lima', company: 'Acme Corp' });
    const stored = await send('contact.get', { id: ana.id });
    expect(stored?.contact.company).toBe('Globex');
    expect(stored?.contact.userEdited).toEqual(['company']);
  });

  it('saves notes when the field loses focus', async () => {
    const bea = await warm('Bea');
    const root = await page(bea.id);
    const notes = root.querySelector<HTMLTextAreaElement>('#contact-notes');
    type(notes, 'Met at the 2019 meetup');
    await settle();
    notes?.dispatchEvent(new Event('blur'));
    await settle();
    expect((await send('contact.get', { id: bea.id }))?.contact.notes).toBe('Met at the 2019 meetup');
    expect(root.textContent).toContain('Notes saved.');
  });

  it('logs a chat made off LinkedIn and moves it along with the status buttons', async () => {
    const bea = await warm('Bea');
    const root = await page(bea.id);
    expect(root.textContent).toContain('Nothing logged with this person yet.');
    expect(root.querySelector<HTMLSelectElement>('#log-channel')?.value).toBe('email');
    type(root.querySelector('#log-channel'), 'phone');
    type(root.querySelector('#log-note'), 'Called her after lunch');
    await settle();
    await submit(root.querySelector('#log-kind')?.closest('form'));

    const timeline = () => root.querySelector('.people-timeline');
    expect(timeline()?.textContent).toContain('Coffee-chat request · Phone');
    expect(timeline()?.textContent).toContain('Called her after lunch');
    expect(timeline()?.textContent).toContain('Now: Sent');

    await click(root, 'Mark: Replied');
    expect(timeline()?.textContent).toContain('Now: Replied');
    await click(root, 'Mark: Chat scheduled');
    await click(root, 'Mark: Chat held');
    expect(timeline()?.textContent).toContain('Now: Chat held');
    const steps = [...(timeline()?.querySelectorAll('[aria-label="Status history"] li') ?? [])].map(
      (li) => li.textContent?.split(' — ')[0],
    );
    expect(steps).toEqual(['Sent', 'Replied', 'Chat scheduled', 'Chat held']);
    expect(byText(root, 'Mark: Declined', 'button')).toBeNull();
    expect((await history(bea.id))[0]?.status).toBe('chat-held');
  });

  it('undoes the newest entry', async () => {
    const bea = await warm('Bea');
    const root = await page(bea.id);
    await submit(root.querySelector('#log-kind')?.closest('form'));
    expect(await history(bea.id)).toHaveLength(1);
    await click(root, 'Undo this entry');
    expect(await history(bea.id)).toHaveLength(0);
    expect(root.textContent).toContain('Nothing logged with this person yet.');
  });

  it('edits the newest entry: logged as the wrong channel, with a note added later', async () => {
    const bea = await warm('Bea');
    const root = await page(bea.id);
    await submit(root.querySelector('#log-kind')?.closest('form'));
    const [logged] = await history(bea.id);
    await click(root, 'Edit');
    type(root.querySelector(`#entry-${logged?.id}-channel`), 'text');
    type(root.querySelector(`#entry-${logged?.id}-note`), 'She answered by text');
    await settle();
    await submit(root.querySelector(`#entry-${logged?.id}-note`)?.closest('form'));
    const [edited] = await history(bea.id);
    expect(edited).toMatchObject({
      id: logged?.id,
      channel: 'text',
      note: 'She answered by text',
      day: logged?.day,
    });
    expect(root.querySelector('.people-timeline')?.textContent).toContain('Text message');
    expect(root.textContent).toContain('updated.');
  });

  it('starts an opportunity tied to this person', async () => {
    const bea = await warm('Bea');
    const root = await page(bea.id);
    type(root.querySelector('#opp-title'), 'Ideas about the data team at Acme');
    root.querySelector<HTMLInputElement>('input[value="ideas"]')?.click();
    await settle();
    await submit(root.querySelector('#opp-title')?.closest('form'));
    const [card] = await send('opportunities.list', {});
    expect(card).toMatchObject({
      title: 'Ideas about the data team at Acme',
      stage: 'ideas',
      contactIds: [bea.id],
    });
    expect(root.textContent).toContain('“Ideas about the data team at Acme” — Ideas about an opportunity');
  });

  it('deletes a contact after a confirmation that says their outreach goes too', async () => {
    const bea = await warm('Bea');
    const root = await page(bea.id);
    await submit(root.querySelector('#log-kind')?.closest('form'));
    await click(root, 'Delete Bea…');
    const dialog = root.querySelector('dialog');
    expect(dialog?.textContent).toContain('Their outreach history (1 entry) and any draft go too.');
    expect(document.activeElement?.textContent).toBe('Cancel');

    await click(dialog ?? root, 'Cancel');
    expect(root.querySelector('dialog')).toBeNull();
    expect(await send('contact.get', { id: bea.id })).not.toBeNull();

    await click(root, 'Delete Bea…');
    await click(root.querySelector('dialog') ?? root, 'Delete');
    expect(await send('contact.get', { id: bea.id })).toBeNull();
    expect(await send('outreach.list', {})).toEqual([]);
    expect(location.hash).toBe('#people');
  });

  it('says so when the contact no longer exists', async () => {
    const root = await page('gone');
    expect(root.querySelector('h2')?.textContent).toBe('Contact not found');
  });

  it('shows a name with HTML in it as plain text', async () => {
    const x = await warm('<img src=x onerror=alert(1)>');
    const root = await page(x.id);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('Contact page: the next step', () => {
  it('says the same next step as the popup, from the background', async () => {
    const ana = await linkedIn('ana-lima', {
      name: 'Ana Lima',
      degree: 2,
      mutualCount: 2,
      mutualNames: ['Bo Park', 'Cy Wu'],
    });
    const root = await page(ana.id);
    const popup = await send('contact.get', { id: ana.id });
    expect(root.querySelector('[data-testid="next-step"]')?.textContent).toBe(
      popup?.suggestions?.[0]?.reason,
    );
    expect(root.querySelector('[data-testid="next-step"]')?.textContent).toContain(
      'ask Bo Park for an intro',
    );
  });
});
