import { describe, expect, it } from 'vitest';
import { formatDay, interpolate, plural, translate, translator } from '../../../src/coach/messages';
import { EN } from '../../../src/coach/messages-en';

describe('coaching messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('ask {mutual} for {what}', { mutual: 'Dana' })).toBe('ask Dana for {what}');
  });

  it('falls back to English for keys a translation lacks', () => {
    const t = translator({ 'why.firstDegree': '1. Grad: schreib direkt.' });
    expect(t('why.firstDegree')).toBe('1. Grad: schreib direkt.');
    expect(t('why.inmail')).toBe(translate('why.inmail'));
  });

  it('picks singular or plural by the number as shown', () => {
    expect(plural(translate, 'unit.chatsAWeek', 1)).toBe('1 chat a week');
    expect(plural(translate, 'unit.chatsAWeek', 1.04)).toBe('1 chat a week');
    expect(plural(translate, 'unit.chatsAWeek', 2.5)).toBe('2.5 chats a week');
  });

  it('writes "12 March", adding the year only when it is not the current one', () => {
    expect(formatDay('2027-03-12', '2027-01-05')).toBe('12 March');
    expect(formatDay('2027-03-12', '2026-11-22')).toBe('12 March 2027');
    expect(formatDay('2027-03-12', '2027-01-05', 'de')).toBe('12. März');
    expect(formatDay('2027-03-12', '2027-01-05', 'en-US')).toBe('March 12');
  });

  it('shows a stored text that is no calendar day as it is, never as another day or a throw', () => {
    expect(formatDay('2026-02-30', '2026-11-22')).toBe('2026-02-30');
    expect(formatDay('', '2026-11-22')).toBe('');
  });

  it('has a singular and a plural for every plural message', () => {
    const keys = Object.keys(EN);
    for (const key of keys.filter((k) => k.endsWith('.one'))) {
      expect(keys).toContain(key.replace(/\.one$/, '.other'));
    }
  });
});
