import { describe, expect, it } from 'vitest';
import {
  fieldsOf,
  lessonsNewestFirst,
  MAX_COMPANIES,
  parseCompanies,
  storyChanges,
  withoutLesson,
} from '../../../../src/dashboard/me/story';
import { EMPTY_ME } from '../../../../src/model';

describe('target companies typed as a list', () => {
  it('splits on commas, trims, drops blanks and repeats in any case', () => {
    expect(parseCompanies(' Acme, Inc ,, globex,ACME , Initech\n Hooli')).toEqual([
      'Acme',
      'Inc',
      'globex',
      'Initech',
      'Hooli',
    ]);
    expect(parseCompanies('')).toEqual([]);
  });

  it('stays within what the database accepts', () => {
    const many = Array.from({ length: 80 }, (_, i) => `Company ${i}`).join(',');
    expect(parseCompanies(many)).toHaveLength(MAX_COMPANIES);
    expect(parseCompanies('x'.repeat(500))[0]).toHaveLength(200);
  });

  it('the form shows saved companies joined and saves them trimmed', () => {
    const me = { ...EMPTY_ME, targetCompanies: ['Acme', 'Globex'], story: ' Hi ' };
    expect(fieldsOf(me).companies).toBe('Acme, Globex');
    expect(storyChanges(fieldsOf(me))).toMatchObject({ targetCompanies: ['Acme', 'Globex'], story: 'Hi' });
    expect(storyChanges(fieldsOf(me))).not.toHaveProperty('lessons');
  });
});

describe('lessons', () => {
  const lessons = [
    { day: '2026-02-01', contactId: null, text: 'a' },
    { day: '2026-03-01', contactId: null, text: 'b' },
    { day: '2026-02-01', contactId: 'c1', text: 'c' },
  ];
  it('newest day first; the later entry first on the same day; stored index kept', () => {
    expect(lessonsNewestFirst(lessons).map(({ lesson, index }) => [lesson.text, index])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 0],
    ]);
  });
  it('deleting removes exactly that entry', () => {
    expect(withoutLesson(lessons, 2).map((l) => l.text)).toEqual(['a', 'b']);
  });
});
