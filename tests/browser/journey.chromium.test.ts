import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, tabIdOf } from './chromium';
import { DANA, SAM, serveDemo } from './demo-pages';
import { shot } from './screenshots';

const badgeText = (host: Element) => host.shadowRoot?.textContent ?? '';

describe('on a LinkedIn profile in real Chromium', () => {
  let browser: Chromium;
  beforeAll(async () => {
    browser = await launchChromium();
    await serveDemo(browser);
  });
  afterAll(async () => browser?.close());

  it('follows in-app navigation to another profile and never shows the previous person', async () => {
    const page = await browser.open(DANA);
    const badge = page.locator('#coffee-chat-coach-badge');
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    expect(await badge.evaluate(badgeText)).toContain('2nd');
    await page.locator('aside a[href="/in/sam-okafor-demo/"]').click();
    await expect.poll(() => page.url()).toBe(SAM);
    await expect.poll(() => badge.evaluate(badgeText).catch(() => ''), { timeout: 10_000 }).toContain('1st');
    expect(await badge.count()).toBe(1);
    const tabId = await tabIdOf(browser.worker, SAM);
    const read = await browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'content.read' }),
      tabId,
    );
    expect(read).toMatchObject({ profile: { name: 'Sam Okafor', degree: 1 } });
    await page.close();
  });

  it('suggests an intro through a mutual, inserts it into LinkedIn’s message box, and logs it once', async () => {
    const page = await browser.open(DANA);
    await page.waitForSelector('#coffee-chat-coach-badge');
    await page.locator('#message').click();
    const tabId = await tabIdOf(browser.worker, DANA);
    const popup = await browser.extensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 900 });
    await expect
      .poll(() => popup.getByTestId('reason').textContent(), { timeout: 10_000 })
      .toContain('Priya');
    expect(await popup.locator('#template').inputValue()).toBe('intro-request');
    expect(await popup.locator('#mutual').inputValue()).toBe('Priya Raman');
    const draft = await popup.locator('#body').inputValue();
    expect(draft).toContain('Hi Priya');
    await shot(popup, 'popup-composer');

    // The box LinkedIn opened is a conversation with Dana, but this message is for Priya: nothing
    // goes in until the user says so.
    await popup.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    const dialog = popup.getByRole('dialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain('a conversation with Dana Whitfield, but this message is for Priya Raman');
    expect(
      await page.evaluate(() =>
        (document.querySelector('.msg-form__contenteditable') as HTMLElement).innerText.trim(),
      ),
    ).toBe('');
    await shot(popup, 'popup-recipient-mismatch');
    await dialog.getByRole('button', { name: 'Insert anyway' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('Inserted');
    const landed = await page.evaluate(() => ({
      text: (document.querySelector('.msg-form__contenteditable') as HTMLElement).innerText,
      events: (window as unknown as { __events: string[] }).__events,
      sendEnabled: !(document.querySelector('.msg-form__send-button') as HTMLButtonElement).disabled,
    }));
    expect(landed.text.replace(/\n+/g, '\n').trim()).toBe(draft.replace(/\n+/g, '\n').trim());
    expect(landed.events).toContain('composer:input');
    expect(landed.events).not.toContain('SEND-CLICKED');
    expect(landed.sendEnabled).toBe(true);

    const log = popup.getByRole('button', { name: 'Log as sent' });
    await log.dblclick();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('Logged');
    const today = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'today.get' }));
    expect(today).toMatchObject({ ok: true, value: { actions: 1 } });
    await page.close();
  });

  it('after the intro request, Dana waits on Priya — on the badge and in the popup — and Priya is the one written to', async () => {
    const page = await browser.open(DANA);
    const badge = page.locator('#coffee-chat-coach-badge');
    await expect
      .poll(() => badge.evaluate(badgeText).catch(() => ''), { timeout: 10_000 })
      .toContain("Waiting for Priya Raman's answer");
    expect(await badge.evaluate(badgeText)).not.toContain('Message them');
    const tabId = await tabIdOf(browser.worker, DANA);
    const popup = await browser.extensionPage(`src/popup/index.html?tab=${tabId}`);
    await expect
      .poll(() => popup.getByTestId('reason').textContent(), { timeout: 10_000 })
      .toContain('You asked Priya Raman for the introduction');
    const contacts = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'contacts.list' }));
    const priya = (contacts as { value: { name: string; degree: number; id: string }[] }).value.find(
      (c) => c.name === 'Priya Raman',
    );
    expect(priya).toMatchObject({ degree: 1 });
    const history = await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'outreach.list', contactId: id }),
      priya?.id,
    );
    expect(history).toMatchObject({ ok: true, value: [{ kind: 'intro-request', viaMutual: 'Priya Raman' }] });
    await shot(popup, 'popup-after-intro');
    await popup.close();
    await page.close();
  });

  it('chosen from the list, an InMail goes in with its subject', async () => {
    const page = await browser.open(DANA);
    await page.waitForSelector('#coffee-chat-coach-badge');
    await page.locator('#more').click();
    const tabId = await tabIdOf(browser.worker, DANA);
    const popup = await browser.extensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="reason"]');
    await popup.locator('#template').selectOption('inmail-coffee-chat');
    const subject = await popup.getByLabel('Subject').inputValue();
    expect(subject).toContain('Northwind Health');
    const draft = await popup.locator('#body').inputValue();
    await popup.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('Inserted');
    const landed = await page.evaluate(() => ({
      subject: (document.querySelector('.msg-form__subject') as HTMLInputElement).value,
      text: (document.querySelector('.msg-form__contenteditable') as HTMLElement).innerText,
      events: (window as unknown as { __events: string[] }).__events,
    }));
    expect(landed.subject).toBe(subject);
    expect(landed.text.replace(/\n+/g, '\n').trim()).toBe(draft.replace(/\n+/g, '\n').trim());
    expect(landed.events).not.toContain('SEND-CLICKED');
    await popup.close();
    await page.close();
  });

  it('puts an invitation note into the dialog inside #interop-outlet’s shadow root', async () => {
    const page = await browser.open(DANA);
    await page.waitForSelector('#coffee-chat-coach-badge');
    await page.locator('#connect').click();
    await page.locator('#interop-outlet').locator('#add-note').click();
    const tabId = await tabIdOf(browser.worker, DANA);
    const note =
      'Hi Dana, I am moving into UX research and admire your work at Northwind.\nWould you be open to connecting?';
    const result = await browser.worker.evaluate(
      ([id, text]) => chrome.tabs.sendMessage(id as number, { type: 'content.insert', text, subject: null }),
      [tabId, note] as const,
    );
    expect(result).toMatchObject({ ok: true, target: 'invitation' });
    const value = await page.locator('#interop-outlet textarea').inputValue();
    expect(value).toBe(note);
    expect(await page.evaluate(() => (window as unknown as { __events: string[] }).__events)).toContain(
      'note:input',
    );
    await page.close();
  });

  it('tells the user what to click when no message box is open', async () => {
    const page = await browser.open(DANA);
    await page.waitForSelector('#coffee-chat-coach-badge');
    const tabId = await tabIdOf(browser.worker, DANA);
    const result = await browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'content.insert', text: 'Hello', subject: null }),
      tabId,
    );
    expect(result).toMatchObject({ ok: false, target: 'none', hint: expect.stringContaining('Message') });
    await page.close();
  });
});

describe('what the extension notices on the page, in real Chromium', () => {
  let browser: Chromium;
  beforeAll(async () => {
    browser = await launchChromium();
    await serveDemo(browser);
  });
  afterAll(async () => browser?.close());

  it('logs the message once when the user presses LinkedIn’s Send after an Insert, then offers to mark Sam’s reply', async () => {
    const page = await browser.open(SAM);
    await page.waitForSelector('#coffee-chat-coach-badge');
    await page.locator('#message').click();
    const tabId = await tabIdOf(browser.worker, SAM);
    const popup = await browser.extensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="reason"]');
    expect(await popup.locator('#template').inputValue()).toBe('linkedin-coffee-chat');
    await popup.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('Inserted');

    // The user's own click on Send (never ours): the text leaves the box, the message is logged.
    await page.locator('.msg-form__send-button').click();
    const notice = page.locator('#coffee-chat-coach-notice');
    await expect
      .poll(() => notice.evaluate((h) => h.shadowRoot?.textContent ?? '').catch(() => ''), {
        timeout: 10_000,
      })
      .toContain('Logged your message to Sam Okafor');
    const today = () => popup.evaluate(() => chrome.runtime.sendMessage({ type: 'today.get' }));
    expect(await today()).toMatchObject({ ok: true, value: { actions: 1 } });
    // The popup, still open, knows it too; pressing Log as sent as well logs nothing twice.
    await expect
      .poll(() => popup.getByRole('status').textContent())
      .toContain('Logged when you pressed Send');
    expect(await today()).toMatchObject({ ok: true, value: { actions: 1 } });

    // Sam writes back in the open conversation: the page offers to mark the reply.
    await page.evaluate(() =>
      (window as unknown as { __demo: { reply: (t: string) => void } }).__demo.reply('Happy to!'),
    );
    await expect
      .poll(() => notice.evaluate((h) => h.shadowRoot?.textContent ?? '').catch(() => ''), {
        timeout: 10_000,
      })
      .toContain('Sam Okafor replied');
    // A popup opened now offers the same, above Sam's card.
    const again = await browser.extensionPage(`src/popup/index.html?tab=${tabId}`);
    await expect
      .poll(() => again.locator('.reply-offer').textContent(), { timeout: 10_000 })
      .toContain('Sam Okafor replied. Mark your message as replied?');
    await again.screenshot({ path: 'test-results/screenshots/popup-reply-offer.png' });
    // Until it is marked the log still says "waiting": no follow-up is offered to someone who
    // just answered, unless the user asks to write anyway.
    expect(await again.locator('#template').count()).toBe(0);
    await again.getByRole('button', { name: 'Write without marking' }).click();
    await again.waitForSelector('#template');
    await again.close();
    await notice.evaluate((h) => h.shadowRoot?.querySelector('button')?.click());
    await expect
      .poll(async () => {
        const list = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'outreach.list' }))) as {
          value: { status: string }[];
        };
        return list.value.map((o) => o.status);
      })
      .toEqual(['replied']);
    await page.screenshot({ path: 'test-results/screenshots/notice-on-page.png' });
    await popup.close();
    await page.close();
  });
});
