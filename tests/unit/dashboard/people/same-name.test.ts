import { describe, expect, it } from 'vitest';
import { mergeCandidates, nameKey, sameNameCounts } from '../../../../src/dashboard/people/same-name';
import { contact } from '../../coach/factories';

describe('the same name twice', () => {
  it('treats case, accents, composed letters and spacing as the same name', () => {
    expect(nameKey('  Siobhán  Ní Bhriain ')).toBe(nameKey('siobhan ni bhriain'));
    expect(nameKey('Siobha\u0301n')).toBe(nameKey('Siobhán'));
    expect(nameKey('Ana Lima')).not.toBe(nameKey('Ana Lim'));
  });

  it('counts only the names held more than once, across 10,000 contacts', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => contact({ id: `c${i}`, name: `Person ${i}` }));
    many.push(contact({ id: 'x', name: 'Person 42' }), contact({ id: 'y', name: 'PERSON 42' }));
    const counts = sameNameCounts(many);
    expect([...counts]).toEqual([
      ['c42', 3],
      ['x', 3],
      ['y', 3],
    ]);
  });

  it('offers the namesakes first, never the person themself', () => {
    const self = contact({ id: 'me', name: 'Siobhán Ní Bhriain' });
    const people = [
      self,
      contact({ id: 'top', name: 'Ana', top20Rank: 1 }),
      contact({ id: 'twin', name: 'Siobhan Ni Bhriain', lastContactedOn: '2019-01-01' }),
    ];
    expect(mergeCandidates(people, self, '').map((c) => c.id)).toEqual(['twin', 'top']);
    expect(mergeCandidates(people, self, 'ana').map((c) => c.id)).toEqual(['top']);
  });
});
