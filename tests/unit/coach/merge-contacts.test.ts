import { describe, expect, it } from 'vitest';
import {
  keeperOf,
  mergedContact,
  NOTES_SEPARATOR,
  NotesTooLongError,
} from '../../../src/coach/merge-contacts';
import { contact } from './factories';

describe('what a merged contact holds', () => {
  it('keeps the id of the one added first, whichever is named first', () => {
    const old = contact({ id: 'old', createdAt: 1 });
    const young = contact({ id: 'young', createdAt: 2 });
    expect(mergedContact(young, old, 9).id).toBe('old');
    expect(keeperOf(old, young)[0].id).toBe('old');
  });

  it('takes a detail from the fresher read unless the other was corrected by hand', () => {
    const old = contact({
      id: 'a',
      createdAt: 1,
      updatedAt: 1,
      headline: 'Analyst',
      company: 'Globex',
      userEdited: ['company'],
    });
    const young = contact({ id: 'b', createdAt: 2, updatedAt: 5, headline: 'Data lead', company: 'Acme' });
    expect(mergedContact(old, young, 9)).toMatchObject({
      headline: 'Data lead',
      company: 'Globex',
      updatedAt: 9,
    });
  });

  it('never lets an unknown detail erase a known one', () => {
    const old = contact({ id: 'a', createdAt: 1, updatedAt: 1, email: 'a@example.org', mutualNames: ['Bo'] });
    const young = contact({ id: 'b', createdAt: 2, updatedAt: 5, email: null, mutualNames: [] });
    expect(mergedContact(old, young, 9)).toMatchObject({ email: 'a@example.org', mutualNames: ['Bo'] });
  });

  it('takes the fresher of two hand corrections', () => {
    const old = contact({ id: 'a', createdAt: 1, updatedAt: 8, role: 'PM', userEdited: ['role'] });
    const young = contact({ id: 'b', createdAt: 2, updatedAt: 3, role: 'Designer', userEdited: ['role'] });
    expect(mergedContact(old, young, 9).role).toBe('PM');
  });

  it('joins notes once: the same or an empty note is not repeated', () => {
    const a = contact({ id: 'a', createdAt: 1, notes: 'Met at the meetup' });
    expect(mergedContact(a, contact({ id: 'b', createdAt: 2, notes: 'Met at the meetup' }), 9).notes).toBe(
      'Met at the meetup',
    );
    expect(mergedContact(a, contact({ id: 'b', createdAt: 2, notes: '' }), 9).notes).toBe(
      'Met at the meetup',
    );
    expect(mergedContact(contact({ id: 'c', createdAt: 0 }), a, 9).notes).toBe('Met at the meetup');
    expect(mergedContact(a, contact({ id: 'b', createdAt: 2, notes: 'Knows Bo' }), 9).notes).toBe(
      `Met at the meetup${NOTES_SEPARATOR}Knows Bo`,
    );
  });

  it('refuses notes too long for one person unless told to cut them', () => {
    const a = contact({ id: 'a', createdAt: 1, notes: 'a'.repeat(12_000) });
    const b = contact({ id: 'b', createdAt: 2, notes: 'b'.repeat(12_000) });
    expect(() => mergedContact(a, b, 9)).toThrow(NotesTooLongError);
    expect(mergedContact(a, b, 9, { cutLongNotes: true }).notes).toHaveLength(20_000);
  });

  it('keeps the better Top 20 place, the latest contact, the earliest connection and every hand edit', () => {
    const a = contact({
      id: 'a',
      createdAt: 1,
      top20Rank: 7,
      lastContactedOn: '2025-01-01',
      connectedOn: null,
      userEdited: ['name'],
    });
    const b = contact({
      id: 'b',
      createdAt: 2,
      top20Rank: 3,
      lastContactedOn: '2026-02-01',
      connectedOn: '2018-03-04',
      userEdited: ['email'],
    });
    expect(mergedContact(a, b, 9)).toMatchObject({
      top20Rank: 3,
      lastContactedOn: '2026-02-01',
      connectedOn: '2018-03-04',
      userEdited: ['name', 'email'],
    });
  });
});
