// Every screen of the dashboard in every language the extension ships, with data on it: the
// first-run wizard, the plan, progress, the pipeline, people and a contact with a history, my
// story, templates and their editor, your data, settings. A screen fails on a key the locale
// files lack (the key is shown instead), on a placeholder left unfilled, and, in German, French
// and Spanish, on an English word (names, brands and product terms aside).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../ui/fake-browser')).browserModule);

import { Shell } from '../../../src/dashboard/Shell';
import { send } from '../../../src/platform/send';
import { freshIndexedDB } from '../db/fresh';
import { clock, i18nMisses, setUiLanguage, type UiLanguage } from '../ui/fake-browser';
import { mount, settle } from '../ui/render';
import {
  englishWordsIn,
  pluralSlipsIn,
  rawDaysIn,
  rawNumbersIn,
  repeatsIn,
  screenText,
  untranslatedIn,
} from './english-words';
import { LANGUAGES } from './languages';
import { NAMES, seed } from './screens';

const NOW = new Date(2026, 10, 22, 10, 0).getTime();

async function go(route: string): Promise<HTMLElement> {
  location.hash = route;
  dispatchEvent(new HashChangeEvent('hashchange'));
  await settle(30);
  const main = document.querySelector<HTMLElement>('main');
  if (!main) throw new Error('no main');
  return main;
}

async function press(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to press');
  element.click();
  await settle(30);
}

async function typeInto(element: Element | null, value: string): Promise<void> {
  if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement))
    throw new Error('not a field');
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(30);
}

for (const { locale, name } of LANGUAGES) {
  const language = locale as UiLanguage;
  describe(`every dashboard screen in ${name}`, () => {
    /** Each screen's complaints, so one run lists everything that is left. */
    const check = (screen: string) => {
      const text = screenText(document.body);
      const found = {
        missingKeys: [...i18nMisses],
        untranslated: untranslatedIn(text),
        english: language === 'en' ? [] : englishWordsIn(text, NAMES),
        rawDays: rawDaysIn(text),
        rawNumbers: rawNumbersIn(text, language),
        repeats: repeatsIn(document.body),
        pluralSlips: pluralSlipsIn(text, language),
      };
      i18nMisses.clear();
      expect(found, `${screen} in ${name}`).toEqual({
        missingKeys: [],
        untranslated: [],
        english: [],
        rawDays: [],
        rawNumbers: [],
        repeats: [],
        pluralSlips: [],
      });
    };

    beforeAll(async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: NOW });
      clock.now = NOW;
      freshIndexedDB();
      setUiLanguage(language);
      await seed(language);
      location.hash = '#plan';
      await mount(<Shell />);
    });
    afterAll(() => {
      setUiLanguage('en');
      vi.useRealTimers();
    });

    it('Plan: the first-run wizard, step by step, and the plan it starts', async () => {
      const main = await go('#plan');
      check('the wizard, step 1');
      await press(main.querySelector('form button[type="submit"]'));
      check('the wizard, step 2');
      await press(main.querySelector('form button[type="submit"]'));
      check('the wizard, step 3');
      await press(main.querySelector('form button[type="submit"]'));
      expect(await send('goal.get', {})).not.toBeNull();
      await go('#plan');
      check('the plan');
    });

    it('Progress', async () => {
      await go('#progress');
      check('Progress');
    });

    it('Pipeline, with a card open for editing', async () => {
      const main = await go('#pipeline');
      check('the pipeline');
      await press(main.querySelector('.pipeline-card .row button:not(.pipeline-handle)'));
      check('a pipeline card being edited');
    });

    it('People', async () => {
      await go('#people');
      check('People');
    });

    it('a contact page with its history, its edit form and the merge picker', async () => {
      const main = await go(`#contact/${encodeURIComponent(await idOf('Jonas Weber'))}`);
      check('a contact page');
      await press(main.querySelector('#contact-details-h ~ .row button'));
      check('a contact’s edit form');
      await go(`#contact/${encodeURIComponent(await idOf('Jonas Weber'))}`);
      await press(main.querySelector('#merge-open'));
      check('the merge picker');
    });

    it('My story', async () => {
      await go('#me');
      check('My story');
    });

    it('Templates, and the editor with a problem in the template', async () => {
      const main = await go('#templates');
      check('Templates');
      const from = main.querySelector<HTMLSelectElement>('#tpl-start-from');
      if (from) {
        from.value = 'linkedin-coffee-chat';
        from.dispatchEvent(new Event('change', { bubbles: true }));
        await settle();
      }
      await press(main.querySelector('#tpl-create'));
      check('the template editor');
      await typeInto(main.querySelector('#tpl-body'), '{{#if person.company}}{{shout me.name}}');
      check('the template editor with errors');
    });

    it('Your data', async () => {
      await go('#data');
      check('Your data');
    });

    it('Settings', async () => {
      await go('#settings');
      check('Settings');
    });
  });
}

async function idOf(name: string): Promise<string> {
  const found = (await send('contacts.list', {})).find((c) => c.name === name);
  if (!found) throw new Error(`no contact ${name}`);
  return found.id;
}
