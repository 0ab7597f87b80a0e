// "Delete everything" in Settings: a backup is offered first (the same file as Your data's), and
// only the word shown, typed, deletes — every record of every store; a wrong word deletes nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { SettingsView } from '../../../../src/dashboard/settings/SettingsView';
import { openDatabase } from '../../../../src/db/open';
import { STORE_NAMES } from '../../../../src/db/schema';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { mount, settle } from '../../ui/render';
import { click, linkedIn, submit, type, WithData, warm } from '../people/with-data';

beforeEach(freshIndexedDB);
afterEach(() => vi.restoreAllMocks());

async function seed() {
  const dana = await linkedIn('dana', { name: 'Dana Reyes' });
  await warm('Bea');
  const { outreach } = await send('outreach.log', {
    requestId: 'r1',
    contactId: dana.id,
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: null,
    viaMutual: null,
  });
  await send('chat.schedule', { outreachId: outreach.id, day: '2026-11-26', time: '10:00', timeZone: 'UTC' });
  await send('me.set', { changes: { story: 'Teacher turning researcher' } });
  await send('goal.set', {
    goal: { chatsTarget: 50, deadline: '2027-03-01', chatsPerWeek: 3, actionsPerDay: 5, minutesPerDay: 30 },
  });
}

const settings = () =>
  mount(
    <WithData>
      <SettingsView />
    </WithData>,
  );

async function counts(): Promise<number[]> {
  const db = await openDatabase();
  return Promise.all(STORE_NAMES.map((store) => db.count(store)));
}

describe('Delete everything', () => {
  it('offers the backup first: the same download as Your data → Export', async () => {
    await seed();
    let saved: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:backup';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const root = await settings();
    await click(root, 'Download a backup first');
    expect(names[0]).toMatch(/^coffee-chat-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(await (saved as unknown as Blob).text());
    expect(backup.contacts).toHaveLength(2);
    expect(backup.chats).toHaveLength(1);
  });

  it('a wrong word deletes nothing and says so', async () => {
    await seed();
    const before = await counts();
    const root = await settings();
    await click(root, 'Delete everything…');
    expect(document.activeElement?.id).toBe('erase-word');
    expect(root.querySelector('label[for="erase-word"]')?.textContent).toBe('To confirm, type DELETE');
    type(root.querySelector('#erase-word'), 'DELET');
    await settle();
    await submit(root.querySelector('#erase-word')?.closest('form'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'That is not DELETE: nothing was deleted.',
    );
    expect(await counts()).toEqual(before);
    expect(before.reduce((a, b) => a + b)).toBeGreaterThan(5);
  });

  it('the word shown, typed, empties every store and says so', async () => {
    await seed();
    const root = await settings();
    await click(root, 'Delete everything…');
    type(root.querySelector('#erase-word'), ' delete ');
    await settle();
    await submit(root.querySelector('#erase-word')?.closest('form'));
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(
      /^Everything was deleted \(\d+ records\)\. Coffee Chat Coach is as good as new\.$/,
    );
    expect(await counts()).toEqual(STORE_NAMES.map(() => 0));
    expect(await send('contacts.list', {})).toEqual([]);
    expect(await send('goal.get', {})).toBeNull();
  });
});
