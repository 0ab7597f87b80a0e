import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../ui/fake-browser')).browserModule);

import type { PageProfile, PageThread } from '../../../src/model';
import { send } from '../../../src/platform/send';
import { ReplyOffer } from '../../../src/ui/person/ReplyOffer';
import { freshIndexedDB } from '../db/fresh';
import { byText, mount, settle } from '../ui/render';

beforeEach(() => freshIndexedDB());

const dana: PageProfile = {
  profileUrl: 'https://www.linkedin.com/in/dana-whitfield/',
  name: 'Dana Whitfield',
  headline: 'Staff Designer',
  company: 'Initech',
  degree: 1,
  self: false,
  mutualCount: 0,
  mutualNames: [],
  canConnect: false,
  pending: false,
  inviteNoteLimit: 300,
};

const thread = (
  lastFrom: PageThread['lastFrom'],
  people = [{ name: dana.name, profileUrl: dana.profileUrl }],
): PageThread => ({
  with: people,
  fromMe: 1,
  fromThem: lastFrom === 'them' ? 1 : 0,
  lastFrom,
});

async function askDana(): Promise<string> {
  const { contact } = await send('profile.seen', { profile: dana });
  const { outreach } = await send('outreach.log', {
    requestId: 'ask-dana',
    contactId: contact.id,
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: 'linkedin-coffee-chat',
    viaMutual: null,
  });
  return outreach.id;
}

const statusOf = async (id: string) => (await send('outreach.list', {})).find((o) => o.id === id)?.status;

describe('the popup and side panel on an open conversation', () => {
  it('offers "Dana replied" when her message is the newest, marks it on one click and undoes it', async () => {
    const id = await askDana();
    let changes = 0;
    const pending: boolean[] = [];
    const root = await mount(
      <ReplyOffer thread={thread('them')} onChange={() => changes++} onPending={(p) => pending.push(p)} />,
    );
    expect(root.textContent).toContain('Dana Whitfield replied. Mark your message as replied?');
    // The composer is held back while the log still says "waiting for a reply".
    expect(pending.at(-1)).toBe(true);
    byText(root, 'Mark as replied', 'button')?.click();
    await settle();
    expect(await statusOf(id)).toBe('replied');
    expect(root.textContent).toContain('Marked: Dana Whitfield replied.');
    expect(changes).toBe(1);
    expect(pending.at(-1)).toBe(false);
    byText(root, 'Undo', 'button')?.click();
    await settle();
    expect(await statusOf(id)).toBe('sent');
    expect(root.textContent).toContain('waiting for a reply again');
  });

  it('"Write without marking" lets the composer show while the offer stays', async () => {
    await askDana();
    const pending: boolean[] = [];
    const root = await mount(
      <ReplyOffer thread={thread('them')} onChange={() => {}} onPending={(p) => pending.push(p)} />,
    );
    byText(root, 'Write without marking', 'button')?.click();
    await settle();
    expect(pending.at(-1)).toBe(false);
    expect(byText(root, 'Mark as replied', 'button')).not.toBeNull();
    expect(byText(root, 'Write without marking', 'button')).toBeNull();
  });

  it('offers nothing when the newest message is mine, in a group, or for someone never asked', async () => {
    await askDana();
    for (const open of [
      thread('me'),
      thread('them', [
        { name: dana.name, profileUrl: dana.profileUrl },
        { name: 'Sam Ortiz', profileUrl: 'https://www.linkedin.com/in/sam-ortiz/' },
      ]),
      thread('them', [{ name: 'Sam Ortiz', profileUrl: 'https://www.linkedin.com/in/sam-ortiz/' }]),
    ]) {
      const root = await mount(<ReplyOffer thread={open} onChange={() => {}} />);
      expect(root.textContent).toBe('');
    }
  });

  it('offers nothing once the reply is already marked', async () => {
    const id = await askDana();
    await send('outreach.setStatus', { id, status: 'replied' });
    const root = await mount(<ReplyOffer thread={thread('them')} onChange={() => {}} />);
    expect(root.textContent).toBe('');
  });
});
