import { describe, expect, it } from 'vitest';
import { formatDay, plural, translator } from '../../../src/coach/messages';
import { DE } from '../../../src/coach/messages-de';
import { EN } from '../../../src/coach/messages-en';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe('the German coach table', () => {
  it('has exactly the keys of the English one', () => {
    expect(Object.keys(DE).sort()).toEqual(Object.keys(EN).sort());
  });

  it('uses the same placeholders per key', () => {
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(placeholders(DE[key]), key).toEqual(placeholders(EN[key]));
    }
  });

  it('is translated, not copied', () => {
    const same = (Object.keys(EN) as (keyof typeof EN)[]).filter((key) => DE[key] === EN[key]);
    expect(same).toEqual([]);
  });

  it('keeps plural pairs complete', () => {
    for (const key of Object.keys(DE)) {
      if (key.endsWith('.one')) expect(Object.keys(DE)).toContain(key.replace(/\.one$/, '.other'));
    }
  });

  it('reads as German with German plurals and dates', () => {
    const t = translator(DE);
    expect(plural(t, 'unit.chats', 1, 'de')).toBe('1 Gespräch');
    expect(plural(t, 'unit.chatsAWeek', 2.5, 'de')).toBe('2,5 Gespräche pro Woche');
    expect(t('top20.waiting', { since: formatDay('2026-03-12', '2026-01-01', 'de') })).toBe(
      'Angefragt am 12. März, noch keine Antwort.',
    );
  });
});
