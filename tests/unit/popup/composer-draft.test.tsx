import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../ui/fake-browser')).browserModule);

import type { PageProfile, UserTemplate } from '../../../src/model';
import { send } from '../../../src/platform/send';
import { Composer } from '../../../src/ui/composer/Composer';
import { freshIndexedDB } from '../db/fresh';
import { byText, mount, settle } from '../ui/render';

beforeEach(() => freshIndexedDB());

const sam: PageProfile = {
  profileUrl: 'https://www.linkedin.com/in/sam/',
  name: 'Sam Okafor',
  headline: 'Product Designer',
  company: 'Initech',
  degree: 1,
  self: false,
  mutualCount: 0,
  mutualNames: [],
  canConnect: false,
  pending: false,
  inviteNoteLimit: null,
};

async function composer(userTemplates: UserTemplate[] = []) {
  const person = await send('profile.seen', { profile: sam });
  const [me, settings] = await Promise.all([send('me.get', {}), send('settings.get', {})]);
  const root = await mount(
    <Composer
      person={person}
      read={{ url: sam.profileUrl, page: 'profile', profile: sam, missing: [] }}
      tabId={null}
      me={me}
      settings={settings}
      userTemplates={userTemplates}
      onMe={() => {}}
      onContact={() => {}}
      onLogged={() => {}}
      counts={null}
    />,
  );
  return { root, person };
}

function type(root: HTMLElement, text: string) {
  const body = root.querySelector<HTMLTextAreaElement>('#body');
  if (!body) throw new Error('no message box');
  body.value = text;
  body.dispatchEvent(new Event('input', { bubbles: true }));
}

const waitForSave = async () => {
  await new Promise((resolve) => setTimeout(resolve, 350));
  await settle();
};

describe('the composer’s draft', () => {
  it('keeps what the user typed for next time', async () => {
    const { root, person } = await composer();
    type(root, 'Hi Sam, a note of my own.');
    await waitForSave();
    expect(await send('draft.get', { key: person.contact.id })).toMatchObject({
      body: 'Hi Sam, a note of my own.',
    });
    const again = await composer();
    expect(again.root.querySelector<HTMLTextAreaElement>('#body')?.value).toBe('Hi Sam, a note of my own.');
  });

  it('says so when the draft cannot be saved, instead of losing it silently', async () => {
    const { root } = await composer();
    type(root, 'x'.repeat(20_001));
    await waitForSave();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/could not be saved.*Copy the text/);
  });
});

describe('a user template that is abuse', () => {
  // About 1,500 {{else if}} links: under 20,000 characters, so a backup may carry it in.
  const chained = `{{#if person.nothing}}0${'{{else if a}}'.repeat(1500)}{{/if}}`;
  const template: UserTemplate = {
    id: 'mine',
    basedOn: 'linkedin-coffee-chat',
    title: 'Mine',
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    subject: null,
    body: chained,
    maxLength: null,
    updatedAt: 1,
  };

  it('shows the template error in the composer instead of hanging on "Loading…"', async () => {
    const { root } = await composer([template]);
    // The interpreter for user templates is loaded on demand.
    await vi.waitFor(async () => {
      await settle();
      expect(root.textContent).not.toContain('Loading…');
    });
    // In the user's words; the dashboard's editor points at the place.
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'This template has an error: More than 50 {{else if}} in one chain. Edit it in the dashboard.',
    );
    expect(root.querySelector('#body')).not.toBeNull();
  });
});

describe('writing off LinkedIn', () => {
  it('a warm contact with an email gets the email first, and "Open in email" fills subject and body', async () => {
    const friend = await send('contact.create', {
      contact: {
        name: 'Priya Raman',
        relationship: 'friend',
        reach: 'priya@example.org',
        howWeKnow: null,
        company: null,
        role: null,
        lastContactedOn: null,
        notes: '',
      },
    });
    const person = await send('contact.get', { id: friend.id });
    if (!person) throw new Error('no person');
    expect(person.suggestions?.[0]).toMatchObject({ channel: 'email' });
    const [me, settings] = await Promise.all([send('me.get', {}), send('settings.get', {})]);
    const root = await mount(
      <Composer
        person={person}
        read={null}
        tabId={null}
        me={me}
        settings={settings}
        userTemplates={[]}
        onMe={() => {}}
        onContact={() => {}}
        onLogged={() => {}}
        counts={null}
      />,
    );
    const link = root.querySelector<HTMLAnchorElement>('[data-testid="mailto"]');
    expect(link?.getAttribute('href')).toMatch(/^mailto:priya@example\.org\?body=Hi%20Priya/);
    expect(byText(root, 'Insert into LinkedIn', 'button')).toBeNull();
    byText(root, 'Log as sent', 'button')?.click();
    await settle();
    const [entry] = await send('outreach.list', { contactId: friend.id });
    expect(entry).toMatchObject({ channel: 'email', kind: 'coffee-chat' });
  });
});
