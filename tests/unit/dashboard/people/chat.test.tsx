// Around a chat, on the contact page: a reply is scheduled (day, time, place), the .ics for the
// user's calendar is made and read back by a standard parser, the prep brief is there on the
// day, and "How did it go" marks it held, files the lesson and turns the names given into
// contacts "suggested by Dana" that the People list shows.
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { ContactPage } from '../../../../src/dashboard/people/ContactPage';
import { PeopleView } from '../../../../src/dashboard/people/PeopleView';
import { send } from '../../../../src/platform/send';
import { TodayView } from '../../../../src/ui/today/TodayView';
import { freshIndexedDB } from '../../db/fresh';
import { clock } from '../../ui/fake-browser';
import { byText, mount, settle } from '../../ui/render';
import { click, linkedIn, submit, type, WithData } from './with-data';

// Tuesday 24 November 2026, 9:00.
const START = new Date(2026, 10, 24, 9, 0).getTime();
const at = (ms: number) => {
  clock.now = ms;
  vi.setSystemTime(ms);
};

beforeEach(() => {
  freshIndexedDB();
  vi.useFakeTimers({ toFake: ['Date'] });
  at(START);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const page = (id: string) =>
  mount(
    <WithData>
      <ContactPage id={id} />
    </WithData>,
  );

/** Dana was asked last week and replied. */
async function replied() {
  const dana = await linkedIn('dana-reyes', {
    name: 'Dana Reyes',
    headline: 'UX Research Lead',
    company: 'Northwind',
    degree: 1,
  });
  at(new Date(2026, 10, 17, 10).getTime());
  const { outreach } = await send('outreach.log', {
    requestId: 'r1',
    contactId: dana.id,
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: 'linkedin-coffee-chat',
    viaMutual: null,
    note: 'Mentioned the Globex research ops team',
  });
  await send('outreach.setStatus', { id: outreach.id, status: 'replied' });
  at(START);
  return { dana, outreach };
}

/** The files the page hands to the browser as downloads (a Blob behind a clicked <a download>). */
function captureDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  let latest: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    latest = blob as Blob;
    return 'blob:file';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (latest) files.push({ name: this.download, blob: latest });
  });
  return files;
}

describe('before the chat', () => {
  it('schedules it from the reply, and "Add to calendar" downloads an .ics a calendar reads', async () => {
    const { dana, outreach } = await replied();
    const downloads = captureDownloads();
    const root = await page(dana.id);
    await click(root, 'Schedule the chat…');
    expect(document.activeElement?.id).toBe(`chat-${outreach.id}-day`);
    type(root.querySelector(`#chat-${outreach.id}-day`), '2026-11-26');
    type(root.querySelector(`#chat-${outreach.id}-time`), '17:30');
    type(root.querySelector(`#chat-${outreach.id}-minutes`), '45');
    type(root.querySelector(`#chat-${outreach.id}-where`), 'Café Einstein, Unter den Linden 42');
    await settle();
    await submit(root.querySelector(`#chat-${outreach.id}-where`)?.closest('form'));
    expect(root.textContent).toContain('The chat with Dana Reyes is scheduled.');
    expect(root.querySelector('.people-timeline')?.textContent).toContain('Now: Chat scheduled');
    expect(root.querySelector('[data-testid="chat-when"]')?.textContent).toBe(
      '26 November at 17:30 · Café Einstein, Unter den Linden 42',
    );

    await click(root, 'Add to calendar (.ics)');
    expect(downloads[0]?.name).toBe('coffee-chat-dana-reyes-2026-11-26.ics');
    expect(root.textContent).toContain('Saved coffee-chat-dana-reyes-2026-11-26.ics');
    const text = (await downloads[0]?.blob.text()) ?? '';
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`${outreach.id}@coffee-chat-coach`);
    expect(event.summary).toBe('Coffee chat with Dana Reyes');
    expect(event.location).toBe('Café Einstein, Unter den Linden 42');
    expect(event.startDate.toJSDate().getTime()).toBe(new Date(2026, 10, 26, 17, 30).getTime());
    expect(event.endDate.toJSDate().getTime()).toBe(new Date(2026, 10, 26, 18, 15).getTime());
    expect(vevent.getFirstPropertyValue('dtstamp')).not.toBeNull();
    expect(vevent.getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it('on the day, the prep brief is on the contact page and on Today: who, how, what was asked, story, ask, questions', async () => {
    const { dana, outreach } = await replied();
    await send('me.set', {
      changes: {
        story: 'Ten years of teaching, now user research.',
        ask: 'How did you get into research ops?',
      },
    });
    await send('chat.schedule', {
      outreachId: outreach.id,
      day: '2026-11-24',
      time: '16:00',
      timeZone: 'Europe/Berlin',
      where: 'https://meet.example/dana',
    });
    for (const root of [await page(dana.id), await mount(<TodayView />)]) {
      const brief = root.querySelector('[data-testid="prep-brief"]');
      expect(brief?.querySelector('h4')?.textContent).toBe('Prep brief: Dana Reyes');
      const text = brief?.textContent ?? '';
      expect(text).toContain('Today at 16:00');
      expect(text).toContain('UX Research Lead · Northwind');
      expect(text).toContain('Coffee-chat request · LinkedIn message');
      expect(text).toContain('Mentioned the Globex research ops team');
      expect(text).toContain('Ten years of teaching, now user research.');
      expect(text).toContain('How did you get into research ops?');
      expect(text).toContain('Who else would you suggest I talk to?');
      const link = byText(brief ?? root, 'https://meet.example/dana', 'a');
      expect(link?.getAttribute('target')).toBe('_blank');
    }
  });

  it('the question bank is the user’s to edit, and back to the default set in one click', async () => {
    const { outreach } = await replied();
    await send('chat.schedule', {
      outreachId: outreach.id,
      day: '2026-11-24',
      time: '16:00',
      timeZone: 'UTC',
    });
    const root = await mount(<TodayView />);
    await click(root, 'Edit the questions');
    const field = root.querySelector<HTMLTextAreaElement>('[data-testid="prep-brief"] textarea');
    expect(document.activeElement).toBe(field);
    expect(field?.value.split('\n')).toHaveLength(15);
    type(field, 'What surprised you most in your first year?\n\nWho else should I talk to?');
    await settle();
    await submit(field?.closest('form'));
    expect(root.textContent).toContain('Questions saved.');
    await click(root, 'Done');
    const brief = root.querySelector('[data-testid="prep-brief"]')?.textContent ?? '';
    expect(brief).toContain('What surprised you most in your first year?');
    expect(brief).not.toContain('How did you get into this line of work?');
    await click(root, 'Edit the questions');
    await click(root, 'Use the default questions');
    expect((await send('questions.get', {})).custom).toBe(false);
  });
});

describe('after the chat', () => {
  it('"How did it go" marks it held, files the lesson, queues the thank-you and adds the leads as "suggested by Dana"', async () => {
    const { dana, outreach } = await replied();
    await send('chat.schedule', {
      outreachId: outreach.id,
      day: '2026-11-23',
      time: '16:00',
      timeZone: 'UTC',
    });
    const root = await page(dana.id);
    await click(root, 'How did it go?');
    const id = (field: string) => `#debrief-${outreach.id}-${field}`;
    expect(document.activeElement).toBe(root.querySelector(id('notes')));
    type(root.querySelector(id('notes')), 'Warm and open; research ops hires in spring.');
    type(root.querySelector(id('lesson')), 'Lead with the teaching-to-research bridge.');
    await click(root, 'Add a person they named');
    const rows = () => [...root.querySelectorAll('.chat-lead')];
    const lead = rows()[0]?.querySelector<HTMLInputElement>('[id$="-name"]') ?? null;
    expect(document.activeElement).toBe(lead);
    type(lead, 'Lee Wong');
    type(rows()[0]?.querySelector('[id$="-company"]') ?? null, 'Globex');
    await click(root, 'Add a person they named');
    type(rows()[1]?.querySelector('[id$="-name"]') ?? null, 'Kim Lo');
    type(rows()[1]?.querySelector('[id$="-url"]') ?? null, 'https://www.linkedin.com/in/kim-lo/?trk=x');
    type(rows()[1]?.querySelector('[id$="-kind"]') ?? null, 'introduced');
    const opportunity = byText(
      root,
      'It led to an opportunity: put it on the pipeline',
      'label',
    )?.querySelector('input');
    opportunity?.click();
    await settle();
    await submit(root.querySelector(id('notes'))?.closest('form'));

    expect(root.textContent).toContain(
      'Saved: the chat with Dana Reyes is marked held, and the thank-you is on today’s list — send it within 24 hours.',
    );
    expect(root.textContent).toContain('Added to your contacts: Lee Wong, Kim Lo.');
    expect(root.querySelector('.people-timeline')?.textContent).toContain('Now: Chat held');
    expect((await send('me.get', {})).lessons).toEqual([
      { day: '2026-11-23', contactId: dana.id, text: 'Lead with the teaching-to-research bridge.' },
    ]);
    expect(await send('due.get', {})).toEqual([
      expect.objectContaining({ type: 'thank-you', contactId: dana.id }),
    ]);
    expect((await send('opportunities.list', {})).map((o) => [o.title, o.stage, o.contactIds])).toEqual([
      ['Conversation with Dana Reyes', 'ideas', [dana.id]],
    ]);
    // Dana's page says which doors she opened; the notes stay with the chat.
    const doors = root.querySelector('[data-testid="doors"]')?.textContent ?? '';
    expect(doors).toContain('Lee Wong (suggested)');
    expect(doors).toContain('Kim Lo (introduced)');
    expect(root.textContent).toContain('Warm and open; research ops hires in spring.');

    const people = await mount(
      <WithData>
        <PeopleView />
      </WithData>,
    );
    const row = [...people.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('Lee Wong'));
    expect(row?.querySelector('td')?.textContent).toBe('Lee Wong · suggested by Dana Reyes');
    const kimRow = [...people.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('Kim Lo'));
    expect(kimRow?.querySelector('td')?.textContent).toBe('Kim Lo · introduced by Dana Reyes');
    const lee = (await send('contacts.list', {})).find((c) => c.name === 'Lee Wong');
    const leePage = await page(lee?.id ?? '');
    expect(leePage.querySelector('.people-details')?.textContent).toContain('Suggested byDana Reyes');
  });

  it('refuses a lead whose profile address is not a LinkedIn profile, and saves nothing', async () => {
    const { dana, outreach } = await replied();
    const root = await page(dana.id);
    await click(root, 'How did it go?');
    await click(root, 'Add a person they named');
    type(root.querySelector('.chat-lead [id$="-name"]'), 'Lee Wong');
    type(root.querySelector('.chat-lead [id$="-url"]'), 'https://example.com/lee');
    await settle();
    await submit(root.querySelector(`#debrief-${outreach.id}-notes`)?.closest('form'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'The profile address for Lee Wong is not a LinkedIn profile (like linkedin.com/in/name).',
    );
    expect((await send('outreach.list', { contactId: dana.id }))[0]?.status).toBe('replied');
    expect(await send('contacts.list', {})).toHaveLength(1);
  });
});
