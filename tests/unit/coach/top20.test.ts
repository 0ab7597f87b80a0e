import { describe, expect, it } from 'vitest';
import {
  addToTop20,
  moveDown,
  moveTo,
  moveUp,
  TOP20_MAX,
  top20Order,
  whyNow,
} from '../../../src/coach/top20';
import { contact, outreach } from './factories';

const today = '2026-11-22';

describe('Top 20 order', () => {
  it('reads ranks into an order, settling ties and gaps', () => {
    const people = [
      contact({ id: 'c', name: 'Cem', top20Rank: 5 }),
      contact({ id: 'a', name: 'Ana', top20Rank: 2 }),
      contact({ id: 'b', name: 'Bo', top20Rank: 2 }),
      contact({ id: 'x', name: 'Xi', top20Rank: null }),
    ];
    expect(top20Order(people)).toEqual(['a', 'b', 'c']);
  });

  it('moves people up, down and to an index, clamped at the ends', () => {
    const order = ['a', 'b', 'c'];
    expect(moveUp(order, 'c')).toEqual(['a', 'c', 'b']);
    expect(moveUp(order, 'a')).toEqual(order);
    expect(moveDown(order, 'a')).toEqual(['b', 'a', 'c']);
    expect(moveDown(order, 'c')).toEqual(order);
    expect(moveTo(order, 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveTo(order, 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(moveTo(order, 'zz', 0)).toEqual(order);
  });

  it('refuses a 21st person', () => {
    const full = Array.from({ length: TOP20_MAX }, (_, i) => `p${i}`);
    expect(addToTop20(full, 'new')).toEqual({ ok: false, order: full, reason: 'full' });
    expect(addToTop20(['a'], 'b', 0)).toEqual({ ok: true, order: ['b', 'a'] });
  });
});

describe('whyNow', () => {
  const why = (c: ReturnType<typeof contact>, list: ReturnType<typeof outreach>[] = []) =>
    whyNow(c, { today, outreach: list });

  it('calls an old, never-used connection gold', () => {
    expect(why(contact({ id: 'a', connectedOn: '2014-05-01' }))).toBe(
      'Connected in 2014 and never contacted: old ties are gold — reconnect.',
    );
  });

  it('says when an ask is still waiting for a reply', () => {
    expect(why(contact({ id: 'a' }), [outreach({ id: 'o', contactId: 'a', day: '2026-11-03' })])).toBe(
      'Asked on 3 November, no reply yet.',
    );
  });

  it('notes a warm contact is an easy first chat, and a stale tie a reconnect', () => {
    expect(why(contact({ id: 'a', relationship: 'teacher' }))).toBe(
      'Knows you already: an easy yes, and a good first chat.',
    );
    expect(why(contact({ id: 'a', lastContactedOn: '2022-01-01' }))).toBe(
      'No contact for 4+ years: an honest reconnect note works.',
    );
    expect(why(contact({ id: 'a' }))).toBe('Not contacted yet: this week is a good time.');
  });
});
