import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../src/platform/browser', async () => (await import('./job-browser')).browserModule);

import { DataView as DataSection } from '../../../../src/dashboard/data/DataView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { HEADER, join, PREAMBLE, ROWS } from '../../importers/exports';
import { fakeBrowser } from '../../ui/fake-browser';
import { settle } from '../../ui/render';
import { button, click, field, mountView, pickFile } from './view-harness';

const PROFILE = 'https://www.linkedin.com/in/ana-example/';

async function seed(): Promise<void> {
  await send('profile.seen', {
    profile: {
      profileUrl: PROFILE,
      name: 'Ana Example',
      headline: 'Head of Data at Acme',
      company: 'Acme',
      degree: 2,
      self: false,
      mutualCount: 3,
      mutualNames: ['Bo Mutual'],
      canConnect: true,
      pending: false,
      inviteNoteLimit: 300,
    },
  });
  await send('contact.create', {
    contact: {
      name: 'Warm Friend',
      relationship: 'friend',
      reach: null,
      howWeKnow: 'school',
      company: null,
      role: null,
      lastContactedOn: null,
      notes: '=HYPERLINK("x")',
    },
  });
  const [ana] = (await send('contacts.list', {})).filter((c) => c.name === 'Ana Example');
  if (!ana) throw new Error('seed failed');
  await send('outreach.log', {
    requestId: 'r1',
    contactId: ana.id,
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: 'linkedin-coffee-chat',
    viaMutual: null,
  });
  await send('me.set', { changes: { story: 'From teaching to data', targetRole: 'Data analyst' } });
}

const contactCount = async () => (await send('contacts.list', {})).length;
const backupInput = (root: HTMLElement) => field(root, '#data-backup-file');
const alertText = (root: HTMLElement) =>
  [...root.querySelectorAll('[role="alert"]')].map((el) => el.textContent ?? '').join(' ');

/** Captures what the page hands to the browser as a download. */
function captureDownloads(): { files: { name: string; blob: Blob }[] } {
  const captured: { files: { name: string; blob: Blob }[] } = { files: [] };
  let lastBlob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) captured.files.push({ name: this.download, blob: lastBlob });
  });
  return captured;
}

beforeEach(freshIndexedDB);
afterEach(() => vi.restoreAllMocks());

describe('importing a backup', () => {
  const bad: [string, string, RegExp][] = [
    ['truncated', '{"format":"coffee-chat-coach-backup","version":1,"contacts":[{"id":"a"', /not valid JSON/],
    ['garbled', '\u0000\u0001PK\u0003 binary junk', /not valid JSON/],
    [
      'from a future version',
      JSON.stringify({ format: 'coffee-chat-coach-backup', version: 7, contacts: [] }),
      /newer version of Coffee Chat Coach \(format 7\)/,
    ],
    ['foreign JSON', JSON.stringify({ hello: 'world', items: [1, 2, 3] }), /not a Coffee Chat Coach backup/],
    [
      'damaged inside',
      JSON.stringify({
        format: 'coffee-chat-coach-backup',
        version: 1,
        exportedAt: 'x',
        contacts: [{ id: 1 }],
      }),
      /damaged at contacts\.0/,
    ],
  ];
  it.each(bad)(
    'a %s file is refused with a clear message and nothing changes',
    async (_name, text, message) => {
      await seed();
      const before = await send('backup.export', {});
      const root = await mountView(<DataSection />);
      await pickFile(backupInput(root), new File([text], 'backup.json', { type: 'application/json' }));
      expect(alertText(root)).toMatch(message);
      expect(alertText(root)).toContain('Nothing was changed.');
      expect(button(root, 'Import')).toBeNull();
      const after = await send('backup.export', {});
      expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
      expect(await contactCount()).toBe(2);
    },
  );

  it('round trip: a downloaded backup imported into an empty profile restores the same records', async () => {
    await seed();
    const downloads = captureDownloads();
    let root = await mountView(<DataSection />);
    await click(button(root, 'Download backup (JSON)'));
    const [file] = downloads.files;
    if (!file) throw new Error('no download');
    expect(file.name).toMatch(/^coffee-chat-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await file.blob.text();
    const original = await send('backup.export', {});

    freshIndexedDB();
    expect(await contactCount()).toBe(0);
    root = await mountView(<DataSection />);
    await pickFile(backupInput(root), new File([text], file.name));
    expect(root.textContent).toContain('Contacts: 2 (0 of them already here: merged, not duplicated)');
    expect(root.textContent).toContain('Outreach entries: 1 (0 already here: skipped)');
    expect(await contactCount()).toBe(0); // the preview changes nothing
    await click(button(root, 'Import'));
    expect(root.textContent).toContain(
      'Imported. New contacts: 2; merged with ones you had: 0; outreach entries: 1',
    );

    const restored = await send('backup.export', {});
    const byId = <T extends { id: string }>(items: T[]) =>
      [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(restored.contacts)).toEqual(byId(original.contacts));
    expect(restored.outreach).toEqual(original.outreach);
    expect(restored.me).toEqual(original.me);
  });

  it('the preview counts contacts that are already here; Cancel imports nothing', async () => {
    await seed();
    const backup = await send('backup.export', {});
    const root = await mountView(<DataSection />);
    await pickFile(backupInput(root), new File([JSON.stringify(backup)], 'mine.json'));
    expect(root.textContent).toContain('Contacts: 2 (2 of them already here: merged, not duplicated)');
    expect(root.textContent).toContain('Outreach entries: 1 (1 already here: skipped)');
    expect(root.textContent).toContain('No goal in the file.');
    await click(button(root, 'Cancel'));
    expect(button(root, 'Import')).toBeNull();
    expect(await contactCount()).toBe(2);
  });
});

describe('exporting CSV', () => {
  it('contacts and outreach download as CSV; a formula in a note stays text', async () => {
    await seed();
    const downloads = captureDownloads();
    const root = await mountView(<DataSection />);
    await click(button(root, 'Contacts as CSV (2)'));
    await click(button(root, 'Outreach log as CSV (1)'));
    const [contacts, outreach] = downloads.files;
    expect(contacts?.name).toMatch(/^coffee-chat-coach-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const contactsText = (await contacts?.blob.text()) ?? '';
    expect(contactsText).toContain('Name,LinkedIn URL,Company');
    expect(contactsText).toContain(`Ana Example,${PROFILE},Acme`);
    expect(contactsText).toContain(`"'=HYPERLINK(""x"")"`);
    const outreachText = (await outreach?.blob.text()) ?? '';
    expect(outreachText).toContain(`Ana Example,${PROFILE},coffee-chat,linkedin-message,sent`);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled(); // revoked a moment later, not at once
  });
});

describe("importing LinkedIn's Connections.csv", () => {
  const csvInput = (root: HTMLElement) => field(root, '#data-li-file');

  it('a CSV that is not a Connections export shows one clear error and imports nothing', async () => {
    const root = await mountView(<DataSection />);
    await pickFile(csvInput(root), new File(['Date,Amount,Payee\n2026-01-01,12.50,Bakery\n'], 'bank.csv'));
    const alerts = root.querySelectorAll('[role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alertText(root)).toContain('This is not a LinkedIn Connections export');
    expect(alertText(root)).toContain('Nothing was imported.');
    expect(root.querySelector('button.primary')?.textContent).not.toMatch(/^Import \d+ connections$/);
    expect(await contactCount()).toBe(0);
  });

  it('previews the file, then imports all connections in one go', async () => {
    const broken = 'Only,Three,Fields';
    const text = join([...PREAMBLE, HEADER, ...ROWS, broken]);
    const root = await mountView(<DataSection />);
    await pickFile(csvInput(root), new File([text], 'Connections.csv'));
    expect(root.textContent).toContain('Connections: 3');
    expect(root.textContent).toContain('With a link to their profile: 3');
    expect(root.textContent).toContain('Oldest connection: 14 February 2019');
    expect(root.textContent).toContain('Lines with problems: 1');
    expect(root.textContent).toContain('Line 8: Expected 7 fields, found 3: row skipped.');
    expect(await contactCount()).toBe(0);
    await click(button(root, 'Import 3 connections'));
    expect(root.textContent).toContain('Done. Contacts added: 3; updated: 0; unchanged: 0.');
    expect(await contactCount()).toBe(3);
  });

  it('a 600-character position is cut with a note in the preview, and the import it promises succeeds', async () => {
    const long = `Dev,Long,https://www.linkedin.com/in/dev-long,,Acme,"${'p'.repeat(600)}",1 Jan 2020`;
    const root = await mountView(<DataSection />);
    await pickFile(csvInput(root), new File([join([HEADER, ROWS[0] ?? '', long])], 'Connections.csv'));
    expect(root.textContent).not.toContain('Every line could be read.');
    expect(root.textContent).toContain('Line 3: Position shortened to 500 characters.');
    await click(button(root, 'Import 2 connections'));
    expect(alertText(root)).toBe('');
    expect(root.textContent).toContain('Done. Contacts added: 2; updated: 0; unchanged: 0.');
    const dev = (await send('contacts.list', {})).find((c) => c.name === 'Dev Long');
    expect(dev?.role).toHaveLength(500);
  });

  it('an export re-saved with semicolons is read; a semicolon file that is no export says so in words', async () => {
    const root = await mountView(<DataSection />);
    const semicolons = [HEADER, ROWS[2] ?? ''].map((line) => line.replace(/,/g, ';'));
    await pickFile(csvInput(root), new File([join(semicolons)], 'Connections.csv'));
    await click(button(root, 'Import 1 connection'));
    expect(await contactCount()).toBe(1);
    await pickFile(csvInput(root), new File(['Name;E-Mail\r\nAna;ana@example.com\r\n'], 'kontakte.csv'));
    expect(alertText(root)).toContain(
      "This file uses semicolons between fields; LinkedIn's export uses commas.",
    );
    expect(await contactCount()).toBe(1);
  });

  it('Cancel while the file is being read abandons the import before anything is sent', async () => {
    const root = await mountView(<DataSection />);
    let release: (text: string) => void = () => {};
    const slow = new File([''], 'Connections.csv');
    Object.defineProperty(slow, 'text', {
      value: () =>
        new Promise<string>((resolve) => {
          release = resolve;
        }),
    });
    await pickFile(csvInput(root), slow);
    expect(root.querySelector('progress')).not.toBeNull();
    expect(root.textContent).toContain('Reading Connections.csv…');
    await click(button(root, 'Cancel'));
    expect(root.querySelector('progress')).toBeNull();
    release(join([...PREAMBLE, HEADER, ...ROWS])); // the read finishes after the user cancelled
    await settle(40);
    expect(root.textContent).not.toContain('Connections: 3');
    expect(button(root, 'Import 3 connections')).toBeNull();
    expect(csvInput(root).disabled).toBe(false);
    expect(await contactCount()).toBe(0);
  });
});
