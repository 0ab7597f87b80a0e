// One person is one contact, whichever spelling of their profile URL arrives first: the tab's
// address, a link in a search result, a Connections.csv row, a backup from an older version.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../ui/fake-browser')).browserModule);

import { createHandlers } from '../../../src/background/handlers';
import { route } from '../../../src/background/router';
import { toPageProfile } from '../../../src/content/profile';
import { openDatabase } from '../../../src/db/open';
import { parseLinkedInConnections } from '../../../src/importers/linkedin-connections';
import { readProfile } from '../../../src/linkedin/profile';
import { BACKUP_FORMAT, BACKUP_VERSION, type Contact, newContact } from '../../../src/model';
import { freshIndexedDB } from '../db/fresh';
import { loadFixture, parseDocument } from '../linkedin/fixtures';

const SELF = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const PAGE = { id: 'ext-id', url: 'chrome-extension://ext-id/src/dashboard/index.html' };
const TAB = { id: 'ext-id', url: 'https://www.linkedin.com/feed/', tab: { id: 7 } };
const handlers = createHandlers({
  db: openDatabase,
  now: () => Date.UTC(2026, 10, 22, 10),
  todayChanged() {},
  tabPerson() {},
  refresh: async () => {},
});
async function ask<T>(message: object, sender: object = PAGE): Promise<T> {
  const reply = await route(message, sender, SELF, handlers, () => {});
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}
const contacts = () => ask<Contact[]>({ type: 'contacts.list' });

/** What the content script sends after reading the fixture page at `url`. */
function pageAt(url: string) {
  const { html } = loadFixture('profile-ember-2022-en-2nd-shared');
  const profile = toPageProfile(readProfile(parseDocument(html, url), url), url);
  if (!profile) throw new Error('unreadable');
  return profile;
}

beforeEach(freshIndexedDB);

describe('one contact per person, whatever the spelling of their URL', () => {
  it('reads /in/MarcusWebb and then /in/marcuswebb as one contact', async () => {
    for (const url of [
      'https://www.linkedin.com/in/MarcusWebb/',
      'https://de.linkedin.com/in/marcuswebb/?trk=x',
    ]) {
      await ask({ type: 'page.profile', profile: pageAt(url) }, TAB);
    }
    expect((await contacts()).map((c) => [c.name, c.profileUrl])).toEqual([
      ['Marcus Webb', 'https://www.linkedin.com/in/marcuswebb/'],
    ]);
  });

  it('stores and finds the person under the canonical URL when a message spells it another way', async () => {
    const profile = {
      ...pageAt('https://www.linkedin.com/in/marcuswebb/'),
      profileUrl: 'https://www.linkedin.com/in/MarcusWebb/',
    };
    await ask({ type: 'page.profile', profile }, TAB);
    const found = await ask<{ contact: Contact } | null>({
      type: 'contact.lookup',
      profileUrl: 'https://www.linkedin.com/in/MARCUSWEBB/',
    });
    expect(found?.contact.profileUrl).toBe('https://www.linkedin.com/in/marcuswebb/');
  });

  it('lands a Connections.csv row on the person read on LinkedIn before', async () => {
    await ask({ type: 'profile.seen', profile: pageAt('https://www.linkedin.com/in/marcuswebb/') });
    const csv = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Marcus,Webb,https://www.linkedin.com/in/MarcusWebb,,Fabrikam,PM,14 Feb 2019',
    ].join('\n');
    const { connections } = parseLinkedInConnections(csv);
    const summary = await ask<{ added: number; updated: number }>({
      type: 'connections.import',
      rows: connections,
    });
    expect(summary).toMatchObject({ added: 0, updated: 1 });
    expect((await contacts()).map((c) => c.connectedOn)).toEqual(['2019-02-14']);
  });

  it('imports a backup from an older version onto the canonical key, once', async () => {
    await ask({ type: 'profile.seen', profile: pageAt('https://www.linkedin.com/in/marcuswebb/') });
    const old = (id: string, slug: string) =>
      newContact(
        { id, name: 'Marcus Webb', profileUrl: `https://www.linkedin.com/in/${slug}/`, source: 'linkedin' },
        1,
      );
    const summary = await ask<{ contactsAdded: number; contactsMerged: number }>({
      type: 'backup.import',
      backup: {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: '2026-01-01T00:00:00.000Z',
        contacts: [old('b1', 'MarcusWebb'), old('b2', 'Ju%CC%88rgen'), old('b3', 'j%C3%BCrgen')],
        outreach: [],
        opportunities: [],
        templates: [],
        goal: null,
        me: null,
        settings: null,
      },
    });
    expect(summary).toMatchObject({ contactsAdded: 1, contactsMerged: 2 });
    expect((await contacts()).map((c) => c.profileUrl).sort()).toEqual([
      'https://www.linkedin.com/in/jürgen/',
      'https://www.linkedin.com/in/marcuswebb/',
    ]);
  });
});
