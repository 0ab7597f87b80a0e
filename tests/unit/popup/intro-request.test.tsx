// An intro request from a 2nd-degree profile, as a new user does it: the draft is to the mutual,
// about the person; "Log as sent" records it to the mutual; then both people's advice follows.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../ui/fake-browser')).browserModule);

import type { ContactView, PageProfile } from '../../../src/model';
import { send } from '../../../src/platform/send';
import { Composer } from '../../../src/ui/composer/Composer';
import { freshIndexedDB } from '../db/fresh';
import { byText, mount, settle } from '../ui/render';

beforeEach(() => freshIndexedDB());

const dana: PageProfile = {
  profileUrl: 'https://www.linkedin.com/in/dana-reyes/',
  name: 'Dana Reyes',
  headline: 'UX Research Lead at Northwind',
  company: 'Northwind',
  degree: 2,
  self: false,
  mutualCount: 6,
  mutualNames: ['Chloé Martin', 'Tomás Ortega'],
  canConnect: true,
  pending: false,
  inviteNoteLimit: null,
};

async function composerFor(person: ContactView) {
  const [me, settings] = await Promise.all([
    send('me.set', { changes: { name: 'Sam Lee', targetRole: 'UX research' } }),
    send('settings.get', {}),
  ]);
  return mount(
    <Composer
      person={person}
      read={{ url: person.contact.profileUrl ?? '', page: 'profile', profile: null, missing: [] }}
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
}

const body = (root: HTMLElement) => root.querySelector<HTMLTextAreaElement>('#body')?.value ?? '';

describe('an intro request', () => {
  it('greets the mutual the user picks, says whom it goes to, and holds the forwardable note', async () => {
    const person = await send('profile.seen', { profile: dana });
    const root = await composerFor(person);
    expect(root.querySelector('[data-testid="reason"]')?.textContent).toBe(
      '2nd degree, 6 mutual connections: ask Chloé Martin for an intro.',
    );
    const mutual = root.querySelector<HTMLSelectElement>('#mutual');
    if (!mutual) throw new Error('no mutual picker');
    mutual.value = 'Tomás Ortega';
    mutual.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(body(root)).toMatch(/^Hi Tomás,/);
    // The note to forward, addressed to Dana, is part of what is inserted and counted.
    expect(body(root)).toContain('Hi Dana,');
    expect(root.querySelector('#counter')?.textContent).toContain(String(body(root).length));
    expect(root.querySelector('[data-testid="reason"]')?.textContent).toContain(
      'Ask Tomás Ortega for an intro to Dana Reyes',
    );
    const to = root.querySelector('[data-testid="recipient"]');
    expect(to?.textContent).toContain('This message goes to Tomás Ortega');
    expect(to?.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.linkedin.com/search/results/people/?keywords=Tom%C3%A1s%20Ortega&network=%5B%22F%22%5D',
    );
  });

  it('is logged to the mutual, about the person: the histories, the advice and the stats follow', async () => {
    const person = await send('profile.seen', { profile: dana });
    const root = await composerFor(person);
    byText(root, 'Log as sent', 'button')?.click();
    await settle();
    const contacts = await send('contacts.list', {});
    const chloe = contacts.find((c) => c.name === 'Chloé Martin');
    expect(chloe).toMatchObject({ degree: 1, source: 'linkedin' });
    if (!chloe) throw new Error('the mutual was not created');
    const [entry] = await send('outreach.list', { contactId: chloe.id });
    expect(entry).toMatchObject({ kind: 'intro-request', contactId: chloe.id, aboutId: person.contact.id });
    // One entry, seen from both sides; today's count counts it once.
    expect(await send('outreach.list', { contactId: person.contact.id })).toHaveLength(1);
    expect((await send('today.get', {})).actions).toBe(1);

    // Dana's advice: wait for Chloé, never a follow-up to Dana.
    const danaNow = await send('contact.get', { id: person.contact.id });
    expect(danaNow?.suggestions?.[0]).toMatchObject({
      action: 'wait',
      to: 'mutual',
      viaMutual: 'Chloé Martin',
    });
    expect(danaNow?.contact.lastContactedOn).toBeNull();
    // Chloé's page: she was asked about Dana.
    const chloeNow = await send('contact.get', { id: chloe.id });
    expect(chloeNow?.about?.name).toBe('Dana Reyes');
    expect(chloeNow?.suggestions?.[0]).toMatchObject({ action: 'wait', to: 'person' });

    // The chat with Dana happens: the thank-you goes to Dana, the update to Chloé.
    await send('outreach.setStatus', { id: entry?.id ?? '', status: 'chat-held' });
    const after = await send('contact.get', { id: person.contact.id });
    expect(after?.suggestions?.map((s) => [s.kind, s.to, s.viaMutual ?? null])).toEqual([
      ['thank-you', 'person', null],
      ['intro-update', 'mutual', 'Chloé Martin'],
    ]);
    const chloeAfter = await send('contact.get', { id: chloe.id });
    expect(chloeAfter?.suggestions?.map((s) => [s.kind, s.to])).toEqual([['intro-update', 'person']]);
  });

  it('from the mutual’s own page, the nudge about the intro greets them and speaks of the person', async () => {
    const person = await send('profile.seen', { profile: dana });
    await send('outreach.log', {
      requestId: 'r1',
      contactId: person.contact.id,
      kind: 'intro-request',
      channel: 'linkedin-message',
      templateId: 'intro-request',
      viaMutual: 'Chloé Martin',
      to: { name: 'Chloé Martin', profileUrl: null },
    });
    const chloe = (await send('contacts.list', {})).find((c) => c.name === 'Chloé Martin');
    const view = await send('contact.get', { id: chloe?.id ?? '' });
    if (!view) throw new Error('no view');
    const root = await composerFor(view);
    const select = root.querySelector<HTMLSelectElement>('#template');
    if (!select) throw new Error('no template picker');
    select.value = 'follow-up-intro';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(body(root)).toMatch(/^Hi Chloé,/);
    expect(body(root)).toContain('Dana Reyes');
    expect(root.querySelector('[data-testid="recipient"]')).toBeNull();
  });
});
