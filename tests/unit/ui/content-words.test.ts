// The content script words its badges and notices from texts the background hands it
// (`words.get`), not from the i18n API: every one must read exactly as the API would word it,
// placeholders, numbers and plural forms included, in every shipped language.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('./fake-browser')).browserModule);

import { createHandlers } from '../../../src/background/handlers';
import { openDatabase } from '../../../src/db/open';
import { CONTENT_WORDS } from '../../../src/ui/content-words';
import { t, tPlural, useWords, wordTemplates } from '../../../src/ui/i18n';
import { i18nMisses, setUiLanguage, type UiLanguage } from './fake-browser';

const handlers = createHandlers({
  db: openDatabase,
  now: () => Date.now(),
  todayChanged: () => {},
  tabPerson: () => {},
  refresh: async () => {},
  contentWords: () => wordTemplates(CONTENT_WORDS),
});
const ask = () => handlers['words.get']({ type: 'words.get' }, { tabId: 1, sender: 'content' });

const SUBS = ['Chloé <b>Dubois</b>', 12_345, '$1 and $$', 'x'] as const;
const everything = () => CONTENT_WORDS.map((key) => [key, t(key, ...SUBS), t(key), t(key, 'Ana')] as const);

afterEach(() => {
  useWords({});
  setUiLanguage('en');
});

describe('texts handed to the content script', () => {
  it.each<UiLanguage>(['en', 'de', 'fr', 'es'])('%s: read as the i18n API words them', async (language) => {
    setUiLanguage(language);
    const fromApi = everything();
    expect(i18nMisses.size).toBe(0);
    const words = await ask();
    expect(Object.keys(words).sort()).toEqual([...CONTENT_WORDS].sort());
    useWords(words);
    expect(everything()).toEqual(fromApi);
  });

  it('plural forms come out by the language, numbers written its way', async () => {
    setUiLanguage('de');
    useWords(await ask());
    expect(tPlural('badgeMutuals', 1)).toMatch(/^1 /);
    expect(tPlural('badgeMutuals', 1_200)).toMatch(/^1\.200 /);
    setUiLanguage('fr');
    useWords(await ask());
    expect(tPlural('badgeMutuals', 0)).toBe(t('badgeMutuals_one', 0));
  });

  it('a key the background did not hand over is still worded, by the API', async () => {
    useWords(await ask());
    expect(t('extName')).toBe('Coffee Chat Coach');
  });
});
