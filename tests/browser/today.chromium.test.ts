// Around a chat, in real Chromium on the built extension: a reply is scheduled on the contact
// page and "Add to calendar" downloads an .ics that a standard parser (ical.js) reads at the
// right instant; Today shows the chat's prep brief, the coach's queue with why-now lines, the
// drafts waiting and the timer. Screenshots of Today in light and dark for people to look at.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Chromium, launchChromium } from './chromium';
import { DANA, SAM, serveDemo } from './demo-pages';
import { shot } from './screenshots';

/** A request to the background from the dashboard page, unwrapped. */
async function ask<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as
    | { ok: true; value: T }
    | { ok: false; error: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const profile = (profileUrl: string, name: string, headline: string, company: string) => ({
  profileUrl,
  name,
  headline,
  company,
  degree: 1,
  self: false,
  mutualCount: 0,
  mutualNames: [],
  canConnect: false,
  pending: false,
  inviteNoteLimit: null,
});

describe('a coffee chat, scheduled and briefed (real Chromium)', () => {
  let browser: Chromium;
  let dashboard: Page;
  let danaId = '';
  let today = '';
  beforeAll(async () => {
    browser = await launchChromium();
    await serveDemo(browser);
    dashboard = await browser.extensionPage('src/dashboard/index.html#today');
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    today = await dashboard.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await ask(dashboard, {
      type: 'goal.set',
      goal: { chatsTarget: 50, deadline: '2027-06-30', chatsPerWeek: 3, actionsPerDay: 5, minutesPerDay: 30 },
    });
    await ask(dashboard, {
      type: 'me.set',
      changes: {
        story:
          'Ten years teaching chemistry; now moving into user research, where I already run interviews every week.',
        ask: 'How did you find your first research role, and what would you look for in someone like me?',
      },
    });
    const dana = await ask<{ contact: { id: string } }>(dashboard, {
      type: 'profile.seen',
      profile: profile(DANA, 'Dana Whitfield', 'UX Research Lead', 'Northwind'),
    });
    danaId = dana.contact.id;
    const asked = await ask<{ outreach: { id: string } }>(dashboard, {
      type: 'outreach.log',
      requestId: 'dana-1',
      contactId: danaId,
      kind: 'coffee-chat',
      channel: 'linkedin-message',
      templateId: 'linkedin-coffee-chat',
      viaMutual: null,
      note: 'Saw her talk on research ops at UX Berlin',
    });
    await ask(dashboard, { type: 'outreach.setStatus', id: asked.outreach.id, status: 'replied' });
    // A chat held today owes a thank-you; a profile seen and a draft waiting fill the queue.
    const priya = await ask<{ id: string }>(dashboard, {
      type: 'contact.create',
      contact: {
        name: 'Priya Raman',
        relationship: 'former-colleague',
        reach: null,
        howWeKnow: 'We taught at the same school',
        company: 'Globex',
        role: null,
        lastContactedOn: null,
        notes: '',
      },
    });
    const chat = await ask<{ outreach: { id: string } }>(dashboard, {
      type: 'outreach.log',
      requestId: 'priya-1',
      contactId: priya.id,
      kind: 'coffee-chat',
      channel: 'email',
      templateId: null,
      viaMutual: null,
    });
    await ask(dashboard, { type: 'outreach.setStatus', id: chat.outreach.id, status: 'chat-held' });
    const sam = await ask<{ contact: { id: string } }>(dashboard, {
      type: 'profile.seen',
      profile: profile(SAM, 'Sam Okafor', 'Product Designer', 'Initech'),
    });
    await ask(dashboard, {
      type: 'draft.save',
      draft: {
        key: sam.contact.id,
        templateId: 'linkedin-coffee-chat',
        subject: null,
        body: 'Hi Sam, I loved your post on design critiques. Would you have 20 minutes for a call?',
        viaMutual: null,
        updatedAt: Date.now() - 3_600_000,
      },
    });
  });
  afterAll(async () => browser?.close());

  it('schedules the chat from the reply; "Add to calendar" downloads an .ics that ical.js reads', async () => {
    await dashboard.goto(
      `chrome-extension://${browser.extensionId}/src/dashboard/index.html#contact/${danaId}`,
    );
    await dashboard.getByRole('button', { name: 'Schedule the chat…' }).click();
    const form = dashboard.locator('form.chat-form');
    await form.getByLabel('Day', { exact: true }).fill(today);
    await form.getByLabel('Time', { exact: true }).fill('16:30');
    await form.getByLabel('Length').selectOption('45');
    await form.getByLabel('Where, or the video link').fill('Café Einstein, Unter den Linden 42');
    await shot(dashboard, 'chat-schedule', { fullPage: true });
    await form.getByRole('button', { name: 'Save the time' }).click();
    await expect
      .poll(() => dashboard.getByRole('status').filter({ hasText: 'is scheduled' }).count())
      .toBeGreaterThan(0);
    expect(await dashboard.locator('.people-timeline').textContent()).toContain('Now: Chat scheduled');

    const download = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`coffee-chat-dana-whitfield-${today}.ics`);
    const text = await readFile((await file.path()) ?? '', 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe('Coffee chat with Dana Whitfield');
    expect(event.location).toBe('Café Einstein, Unter den Linden 42');
    expect(event.uid).toMatch(/@coffee-chat-coach$/);
    const expected = await dashboard.evaluate((day) => new Date(`${day}T16:30:00`).getTime(), today);
    expect(event.startDate.toJSDate().getTime()).toBe(expected);
    expect(event.endDate.toJSDate().getTime() - expected).toBe(45 * 60_000);
    expect(vevent.getAllSubcomponents('valarm')).toHaveLength(1);
    expect(await seriousViolations(dashboard)).toEqual([]);
  });

  it('Today shows the brief, the queue with why now, the drafts and the timer; light and dark', async () => {
    await dashboard.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#today`);
    await dashboard.reload();
    const brief = dashboard.getByTestId('prep-brief');
    await expect.poll(() => brief.textContent(), { timeout: 10_000 }).toContain('Prep brief: Dana Whitfield');
    expect(await brief.textContent()).toContain('Saw her talk on research ops at UX Berlin');
    expect(await brief.textContent()).toContain('Who else would you suggest I talk to?');
    const why = await dashboard.getByTestId('why').allTextContents();
    expect(why).toEqual([
      'You held a chat today: a thank-you within 24 hours keeps the door open.',
      expect.stringMatching(/^Your draft is waiting \(started today\)/),
    ]);
    expect(await dashboard.getByTestId('draft').textContent()).toContain('Hi Sam, I loved your post');
    await dashboard.getByRole('button', { name: 'Start the session' }).click();
    await expect.poll(() => dashboard.getByText('Running — it keeps counting').count()).toBe(1);
    await dashboard.getByRole('button', { name: 'Write to Priya Raman' }).click();
    await expect.poll(() => dashboard.locator('.today-compose #body').count()).toBe(1);
    expect(await seriousViolations(dashboard)).toEqual([]);
    await shot(dashboard, 'today-light', { fullPage: true });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(dashboard)).toEqual([]);
    await shot(dashboard, 'today-dark', { fullPage: true });
    await dashboard.emulateMedia({ colorScheme: 'light' });
  });

  it('the timer survives the page closing', async () => {
    const before = await dashboard.getByRole('timer').textContent();
    await dashboard.close();
    dashboard = await browser.extensionPage('src/dashboard/index.html#today');
    await expect.poll(() => dashboard.getByText('Running — it keeps counting').count()).toBe(1);
    const after = await dashboard.getByRole('timer').textContent();
    expect(after && before && after <= before).toBe(true);
    expect(after).not.toBe('30:00');
    // Closed: the summary, at a side panel's width.
    await dashboard.getByRole('button', { name: 'End session' }).click();
    await expect
      .poll(() => dashboard.getByTestId('summary-actions').textContent())
      .toBe('2 of 5 outreach actions today: each one counts, and tomorrow is another session.');
    await dashboard.setViewportSize({ width: 420, height: 900 });
    expect(await seriousViolations(dashboard)).toEqual([]);
    await shot(dashboard, 'today-summary-narrow', { fullPage: true });
  });

  it('sends nothing over the network', () => {
    expect(browser.blocked).toEqual([]);
  });
});
