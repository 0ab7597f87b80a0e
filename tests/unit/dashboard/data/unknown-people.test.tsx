import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../src/platform/browser', async () => (await import('./job-browser')).browserModule);

import { bigBackup } from '../../../../bench/big-files';
import { DataView as DataSection } from '../../../../src/dashboard/data/DataView';
import { unknownPeople } from '../../../../src/dashboard/data/unknown-people';
import { type Backup, checkBackup, problemLine } from '../../../../src/model';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { settle } from '../../ui/render';
import { button, click, field, mountView, pickFile } from './view-harness';

const backupInput = (root: HTMLElement) => field(root, '#data-backup-file');
const fileOf = (value: unknown, name = 'backup.json') => new File([JSON.stringify(value)], name);

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`never: ${what}`);
    await settle(2);
  }
}

beforeEach(freshIndexedDB);

describe('backup entries whose person is missing from the file', () => {
  /** Three entries; the file has the person of only the first. */
  async function orphanFile(): Promise<Backup> {
    const file = bigBackup({ contacts: 3, outreach: 3, opportunities: 0, templates: 0 }, 'lost');
    file.contacts = file.contacts.slice(0, 1);
    const checked = checkBackup(JSON.parse(JSON.stringify(file)));
    if (!checked.ok) throw new Error(problemLine(checked.problem));
    return checked.backup;
  }

  it('the preview counts them, the import keeps them under a stand-in, and both say the same', async () => {
    const file = await orphanFile();
    const root = await mountView(<DataSection />);
    await pickFile(backupInput(root), fileOf(file));
    expect(root.textContent).toContain('Outreach entries: 3 (0 already here: skipped)');
    expect(root.textContent).toContain(
      'Entries whose person is missing from the file: 2. They are kept, under a stand-in contact for each missing person (“Unknown contact 1 (from a backup)”).',
    );
    await click(button(root, 'Import'));
    await until(() => root.textContent?.includes('Imported.') ?? false, 'the result');
    expect(root.textContent).toContain('outreach entries: 3;');
    expect(root.textContent).toContain(
      'Entries whose person was missing from the file: 2, kept under stand-in contacts: 2.',
    );
    const names = (await send('contacts.list', {})).map((c) => c.name).sort();
    expect(names).toEqual([
      'Person 0 Example',
      'Unknown contact 1 (from a backup)',
      'Unknown contact 2 (from a backup)',
    ]);
    expect((await send('outreach.list', {})).length).toBe(3);
  });

  it.each([
    ['an empty profile', async () => {}],
    [
      'the missing person already here',
      async () => {
        await send('backup.import', {
          backup: bigBackup({ contacts: 3, outreach: 0, opportunities: 0, templates: 0 }, 'lost'),
        });
      },
    ],
    [
      'one entry already here',
      async () => {
        const file = bigBackup({ contacts: 3, outreach: 1, opportunities: 0, templates: 0 }, 'lost');
        await send('backup.import', { backup: file });
      },
    ],
  ])('preview and result agree with %s', async (_label, arrange) => {
    await arrange();
    const file = await orphanFile();
    const [contacts, outreach] = await Promise.all([send('contacts.list', {}), send('outreach.list', {})]);
    const predicted = unknownPeople(file, { contacts, outreach });
    const summary = await send('backup.import', { backup: file });
    expect(summary.outreachUnderUnknown).toBe(predicted.entries);
    expect(summary.unknownContacts).toBe(predicted.people);
  });
});
