// Today as the user meets it (the dashboard section, and what the side panel mounts): the timer
// over a closed page, the coach's queue with why-now lines, composing without a LinkedIn tab,
// the drafts waiting, and the summary that closes the session. Real handlers, fake-indexeddb.
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('./fake-browser')).browserModule);

import type { PageProfile } from '../../../src/model';
import { send } from '../../../src/platform/send';
import { SESSION_TIMER_KEY } from '../../../src/platform/session-timer';
import { Composer } from '../../../src/ui/composer/Composer';
import { TodayView } from '../../../src/ui/today/TodayView';
import { freshIndexedDB } from '../db/fresh';
import { clock, fakeBrowser } from './fake-browser';
import { byText, mount, settle } from './render';

const MIN = 60_000;
// Tuesday 24 November 2026, 9:00.
const START = new Date(2026, 10, 24, 9, 0).getTime();

const at = (ms: number) => {
  clock.now = ms;
  vi.setSystemTime(ms);
};

beforeEach(async () => {
  freshIndexedDB();
  vi.useFakeTimers({ toFake: ['Date'] });
  at(START);
  await fakeBrowser.storage.local.set({ [SESSION_TIMER_KEY]: null });
});
afterEach(() => vi.useRealTimers());

const profile = (slug: string, name: string, extra: Partial<PageProfile> = {}): PageProfile => ({
  profileUrl: `https://www.linkedin.com/in/${slug}/`,
  name,
  headline: null,
  company: 'Northwind',
  degree: 1,
  self: false,
  mutualCount: 0,
  mutualNames: [],
  canConnect: false,
  pending: false,
  inviteNoteLimit: null,
  ...extra,
});
const seen = async (slug: string, name: string, extra: Partial<PageProfile> = {}) =>
  (await send('profile.seen', { profile: profile(slug, name, extra) })).contact;

const log = (contactId: string, requestId: string) =>
  send('outreach.log', {
    requestId,
    contactId,
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: 'linkedin-coffee-chat',
    viaMutual: null,
  });

const today = () => mount(<TodayView contactHref={(id) => `#contact/${id}`} />);
const items = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid="queue"] > li')].map((li) => [
    li.querySelector('p')?.textContent?.split(' · ')[0],
    li.querySelector('[data-testid="why"]')?.textContent,
  ]);

describe('Today', () => {
  it('with nothing due, says so and what to do instead', async () => {
    const root = await today();
    expect(root.querySelector('h2')?.textContent).toBe('Today');
    expect(root.querySelector('[data-testid="queue-empty"]')?.textContent).toMatch(/^Nothing due today: /);
    expect(root.textContent).toContain('No drafts waiting.');
    expect(root.querySelector('[role="timer"]')?.textContent).toBe('30:00');
  });

  it('lists the coach’s queue in order, each with why now, a link to the person and to their profile', async () => {
    // Dana was asked on Friday 13 November: 7 business days later, Tuesday 24, a follow-up is due.
    const dana = await seen('dana', 'Dana Reyes');
    at(new Date(2026, 10, 13, 10).getTime());
    const asked = await log(dana.id, 'r1');
    const kim = await seen('kim', 'Kim Lo');
    const chat = await log(kim.id, 'r2');
    at(new Date(2026, 10, 23, 17).getTime());
    await send('outreach.setStatus', { id: chat.outreach.id, status: 'chat-held' });
    at(START);
    await seen('sven', 'Sven Berg');
    const root = await today();
    expect(items(root)).toEqual([
      ['Kim Lo', 'You held a chat: send a thank-you.'],
      ['Dana Reyes', 'No reply after 7 business days: one short follow-up.'],
      ['Sven Berg', 'You looked at their profile (today) and have not written yet.'],
    ]);
    const first = root.querySelector('[data-testid="queue"] > li');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe(`#contact/${kim.id}`);
    const profileLink = byText(first ?? root, 'Open Kim Lo’s profile (new tab)', 'a');
    expect(profileLink?.getAttribute('href')).toBe('https://www.linkedin.com/in/kim/');
    expect(profileLink?.getAttribute('target')).toBe('_blank');
    expect(profileLink?.getAttribute('rel')).toContain('noopener');
    expect(asked.outreach.kind).toBe('coffee-chat');
  });

  it('one click composes the message without a LinkedIn tab: Copy and Log as sent work, Insert cannot', async () => {
    const kim = await seen('kim', 'Kim Lo');
    const root = await today();
    const write = byText(root, 'Write to Kim Lo', 'button');
    write?.click();
    await settle();
    expect(write?.getAttribute('aria-expanded')).toBe('true');
    const panel = root.querySelector('.today-compose');
    expect(panel?.querySelector<HTMLTextAreaElement>('#body')?.value).toMatch(/^Hi Kim/);
    expect(byText(panel ?? root, 'Insert into LinkedIn', 'button')?.hasAttribute('disabled')).toBe(true);
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    byText(panel ?? root, 'Copy', 'button')?.click();
    await settle();
    expect(copied[0]).toMatch(/^Hi Kim/);
    byText(panel ?? root, 'Log as sent', 'button')?.click();
    await settle();
    expect((await send('outreach.list', { contactId: kim.id })).map((o) => o.kind)).toEqual(['coffee-chat']);
    // Logged: the queue follows, Kim is no longer "seen, not written to".
    expect(items(root).map(([name]) => name)).not.toContain('Kim Lo');
    expect(root.textContent).toContain('1 of 5 outreach actions today');
  });

  it('Log as sent right after typing leaves no stale draft, even with the keystroke’s save still pending', async () => {
    // The popup's composer stays open after the log: its last save arrives after the draft was removed.
    const kim = await seen('kim', 'Kim Lo');
    const [person, me, settings] = await Promise.all([
      send('contact.get', { id: kim.id }),
      send('me.get', {}),
      send('settings.get', {}),
    ]);
    if (!person) throw new Error('no person');
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
    const body = root.querySelector<HTMLTextAreaElement>('#body');
    if (!body) throw new Error('no composer');
    body.value = 'Hi Kim, would you have 20 minutes for a coffee next week?';
    body.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(2);
    // "Log as sent" before the draft's save (300 ms after the keystroke) has gone out.
    byText(root, 'Log as sent', 'button')?.click();
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    expect(await send('outreach.list', { contactId: kim.id })).toHaveLength(1);
    expect(await send('drafts.list', {})).toEqual([]);
    expect(await send('draft.get', { key: kim.id })).toBeNull();
  });

  it('drafts waiting: person, first line and when; resume opens it, discard can be undone', async () => {
    const dana = await seen('dana', 'Dana Reyes');
    await send('draft.save', {
      draft: {
        key: dana.id,
        templateId: 'linkedin-coffee-chat',
        subject: null,
        body: 'Hi Dana, Priya suggested I reach out.\n\nWould you have 20 minutes?',
        viaMutual: null,
        updatedAt: START - 60 * MIN * 24,
      },
    });
    const root = await today();
    const draft = root.querySelector('[data-testid="draft"]');
    expect(draft?.textContent).toContain('Dana Reyes · yesterday');
    expect(draft?.textContent).toContain('Hi Dana, Priya suggested I reach out.');
    expect(draft?.textContent).not.toContain('Would you have');
    expect(items(root)).toEqual([
      ['Dana Reyes', 'Your draft is waiting (started yesterday): finish it and press Send yourself.'],
    ]);

    byText(draft ?? root, 'Resume for Dana Reyes', 'button')?.click();
    await settle();
    expect(draft?.querySelector<HTMLTextAreaElement>('#body')?.value).toBe(
      'Hi Dana, Priya suggested I reach out.\n\nWould you have 20 minutes?',
    );
    byText(root, 'Close the composer', 'button')?.click();
    await settle();

    byText(root, 'Discard for Dana Reyes', 'button')?.click();
    await settle();
    expect(root.textContent).toContain('Draft for Dana Reyes discarded.');
    expect(await send('drafts.list', {})).toEqual([]);
    byText(root, 'Undo', 'button')?.click();
    await settle();
    expect((await send('drafts.list', {})).map((d) => d.name)).toEqual(['Dana Reyes']);
  });
});

describe('the session timer', () => {
  it('keeps running while the page is closed, pauses, and counts only the time it ran', async () => {
    let root = await today();
    byText(root, 'Start the session', 'button')?.click();
    await settle();
    expect(root.textContent).toContain('Running — it keeps counting if you close this page.');
    // The page closes; twelve minutes later it opens again.
    root.remove();
    at(START + 12 * MIN);
    root = await today();
    expect(root.querySelector('[role="timer"]')?.textContent).toBe('18:00');
    expect(root.querySelector('[role="timer"]')?.getAttribute('aria-label')).toBe('18 minutes left');
    byText(root, 'Pause', 'button')?.click();
    await settle();
    at(START + 3 * 60 * MIN);
    root.remove();
    root = await today();
    expect(root.querySelector('[role="timer"]')?.textContent).toBe('18:00');
    expect(byText(root, 'Resume', 'button')).not.toBeNull();
  });

  it('closes with a summary: actions against today’s target, the streak, and what comes up tomorrow', async () => {
    // Thursday 12 November + 7 business days = Monday 23; sent Friday 13 → due Tuesday 24 (today);
    // sent Monday 16 → due Wednesday 25: tomorrow.
    const sam = await seen('sam', 'Sam Okafor');
    at(new Date(2026, 10, 16, 10).getTime());
    await log(sam.id, 'r-sam');
    at(new Date(2026, 10, 23, 10).getTime());
    const lee = await seen('lee', 'Lee Wong');
    await log(lee.id, 'r-lee');
    at(START);
    const kim = await seen('kim', 'Kim Lo');
    await log(kim.id, 'r-kim');
    const root = await today();
    byText(root, 'Start the session', 'button')?.click();
    await settle();
    at(START + 31 * MIN);
    await settle(60);
    // The interval ticks once a second in real time; after it, the clock reads 0:00.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await settle();
    expect(root.querySelector('[role="timer"]')?.textContent).toBe('0:00');
    expect(root.querySelector('[data-testid="summary-actions"]')?.textContent).toBe(
      '1 of 5 outreach actions today: each one counts, and tomorrow is another session.',
    );
    expect(root.querySelector('[data-testid="summary-streak"]')?.textContent).toBe(
      '2 days in a row with an action.',
    );
    expect(root.querySelector('[data-testid="summary-tomorrow"]')?.textContent).toBe(
      'Sam Okafor — No reply after 7 business days: one short follow-up.',
    );
    expect(document.activeElement?.id).toBe('today-summary-h');
  });

  it('“End session” shows the summary at once, and the queue is a click away again', async () => {
    const root = await today();
    byText(root, 'Start the session', 'button')?.click();
    await settle();
    at(START + 5 * MIN);
    byText(root, 'End session', 'button')?.click();
    await settle();
    expect(root.textContent).toContain('Session summary');
    expect(root.querySelector('[data-testid="summary-streak"]')?.textContent).toBe(
      'No streak yet: one action today starts one.',
    );
    expect(root.textContent).toContain('Nothing falls due tomorrow yet');
    byText(root, 'Back to the queue', 'button')?.click();
    await settle();
    expect(root.textContent).not.toContain('Session summary');
    expect(root.querySelector('[role="timer"]')?.textContent).toBe('25:00');
  });
});

describe('accessibility (axe)', () => {
  it('Today with its queue, an open composer, a prep brief and the summary has no detectable violations', async () => {
    const dana = await seen('dana', 'Dana Reyes');
    const { outreach } = await log(dana.id, 'r1');
    await send('chat.schedule', {
      outreachId: outreach.id,
      day: '2026-11-24',
      time: '16:00',
      timeZone: 'UTC',
    });
    await seen('kim', 'Kim Lo');
    const root = await today();
    byText(root, 'Write to Kim Lo', 'button')?.click();
    await settle();
    byText(root, 'Start the session', 'button')?.click();
    await settle();
    byText(root, 'End session', 'button')?.click();
    await settle();
    expect(root.textContent).toContain('Session summary');
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
