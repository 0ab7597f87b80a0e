import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './chromium';
import { DANA } from './demo-pages';
import { type Firefox, launchFirefox } from './firefox';

type Ext = { browser: typeof chrome };

describe('inserting a draft in real Firefox ESR', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox();
    firefox.serve(DANA, await fixture('demo/profile.html'));
    firefox.serve('https://www.linkedin.com/demo/app.js', await fixture('demo/app.js'));
  });
  afterAll(async () => firefox?.close());

  async function insert(text: string, subject: string | null = null) {
    const dashboard = await firefox.extensionPage('src/dashboard/index.html');
    return dashboard.evaluate(
      async (url, body, title) => {
        const ext = (globalThis as unknown as Ext).browser;
        const [tab] = await ext.tabs.query({ url: `${url}*` });
        return ext.tabs.sendMessage(tab?.id as number, {
          type: 'content.insert',
          text: body,
          subject: title,
        });
      },
      DANA,
      text,
      subject,
    );
  }

  it('types a multi-line message into LinkedIn’s composer, paragraphs kept, Send left to the user', async () => {
    const page = await firefox.open(DANA);
    await page.waitForSelector('#coffee-chat-coach-badge', { timeout: 15_000 });
    await page.click('#message');
    const draft = 'Hi Priya,\n\nWould you be open to introducing me to Dana?\n\nThank you,\nAlex';
    expect(await insert(draft)).toMatchObject({ ok: true, target: 'message' });
    const landed = await page.evaluate(() => ({
      text: (document.querySelector('.msg-form__contenteditable') as HTMLElement).innerText,
      events: (window as unknown as { __events: string[] }).__events,
      sendEnabled: !(document.querySelector('.msg-form__send-button') as HTMLButtonElement).disabled,
    }));
    expect(landed.text.split('\n').filter(Boolean)).toEqual(draft.split('\n').filter(Boolean));
    expect(landed.events).toContain('composer:input');
    expect(landed.events).not.toContain('SEND-CLICKED');
    expect(landed.sendEnabled).toBe(true);
    await page.close();
  });

  it('fills the subject and the body of an InMail', async () => {
    const page = await firefox.open(DANA);
    await page.waitForSelector('#coffee-chat-coach-badge', { timeout: 15_000 });
    await page.click('#more');
    const body = 'Hi Dana,\n\nI am moving into UX research. Could I ask you three questions?\n\nAlex';
    expect(await insert(body, '20 minutes about UX research?')).toMatchObject({ ok: true, target: 'inmail' });
    const landed = await page.evaluate(() => ({
      subject: (document.querySelector('.msg-form__subject') as HTMLInputElement).value,
      text: (document.querySelector('.msg-form__contenteditable') as HTMLElement).innerText,
      events: (window as unknown as { __events: string[] }).__events,
    }));
    expect(landed.subject).toBe('20 minutes about UX research?');
    expect(landed.text.split('\n').filter(Boolean)).toEqual(body.split('\n').filter(Boolean));
    expect(landed.events).toContain('subject:input');
    expect(landed.events).not.toContain('SEND-CLICKED');
    await page.close();
  });

  it('fills the invitation note inside the shadow root of #interop-outlet', async () => {
    const page = await firefox.open(DANA);
    await page.waitForSelector('#coffee-chat-coach-badge', { timeout: 15_000 });
    await page.click('#connect');
    await page.evaluate(() =>
      document.getElementById('interop-outlet')?.shadowRoot?.getElementById('add-note')?.click(),
    );
    const note = 'Hi Dana, I am moving into UX research.\nWould you be open to connecting?';
    expect(await insert(note)).toMatchObject({ ok: true, target: 'invitation' });
    const value = await page.evaluate(
      () => document.getElementById('interop-outlet')?.shadowRoot?.querySelector('textarea')?.value,
    );
    expect(value).toBe(note);
    await page.close();
  });
});
