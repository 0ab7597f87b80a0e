import { describe, expect, it } from 'vitest';
import { columns, dropCard, merge, newOpportunity, position } from '../../../../src/dashboard/pipeline/board';
import { pickerOptions } from '../../../../src/dashboard/pipeline/contact-picker';
import { contact, opportunity } from '../../coach/factories';

const board = [
  opportunity({ id: 'a', stage: 'coffee-chat', order: 0 }),
  opportunity({ id: 'b', stage: 'coffee-chat', order: 1 }),
  opportunity({ id: 'c', stage: 'coffee-chat', order: 2 }),
  opportunity({ id: 'i', stage: 'interview', order: 0 }),
];
const ids = (list: { id: string }[] | undefined) => (list ?? []).map((o) => o.id);

describe('pipeline columns', () => {
  it('has every stage, cards in order', () => {
    const map = columns(board);
    expect([...map.keys()]).toEqual([
      'coffee-chat',
      'ideas',
      'application',
      'interview',
      'negotiation',
      'offer',
      'closed',
    ]);
    expect(ids(map.get('coffee-chat'))).toEqual(['a', 'b', 'c']);
    expect(position(board, 'b')).toEqual({ stage: 'coffee-chat', index: 1, count: 3 });
  });
});

describe('dropping a dragged card', () => {
  it('into another column at a place: records the stage and renumbers both columns', () => {
    const changed = dropCard(board, 'b', 'interview', 0, 1000);
    const after = columns(merge(board, changed));
    expect(ids(after.get('interview'))).toEqual(['b', 'i']);
    expect(ids(after.get('coffee-chat'))).toEqual(['a', 'c']);
    const moved = changed.find((o) => o.id === 'b');
    expect(moved?.stageHistory).toEqual([{ stage: 'interview', at: 1000 }]);
    expect(moved?.updatedAt).toBe(1000);
  });

  it('within its column: takes the place of the card it is dropped on', () => {
    expect(ids(columns(merge(board, dropCard(board, 'a', 'coffee-chat', 2, 1))).get('coffee-chat'))).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(dropCard(board, 'b', 'coffee-chat', 1, 1)).toEqual([]);
  });

  it('past the end of a column goes last; an unknown card changes nothing', () => {
    expect(ids(columns(merge(board, dropCard(board, 'a', 'interview', 99, 1))).get('interview'))).toEqual([
      'i',
      'a',
    ]);
    expect(dropCard(board, 'nope', 'offer', 0, 1)).toEqual([]);
  });
});

describe('new cards', () => {
  it('go to the end of their column with a first history step', () => {
    const card = newOpportunity(
      { title: ' Referral at Acme ', contactIds: ['ana'], stage: 'coffee-chat' },
      board,
      5,
    );
    expect(card).toMatchObject({
      title: 'Referral at Acme',
      contactIds: ['ana'],
      order: 3,
      stageHistory: [{ stage: 'coffee-chat', at: 5 }],
    });
    expect(newOpportunity({ title: 'x', contactIds: [], stage: 'offer' }, board, 5).order).toBe(0);
  });
});

describe('contact picker', () => {
  const people = [
    contact({ id: 'z', name: 'Zoë', lastContactedOn: '2026-01-01' }),
    contact({ id: 't', name: 'Tom', top20Rank: 2 }),
    contact({ id: 'a', name: 'Ann' }),
  ];

  it('lists the Top 20 first, then the recently contacted, and searches without accents', () => {
    expect(ids(pickerOptions(people, ''))).toEqual(['t', 'z', 'a']);
    expect(ids(pickerOptions(people, 'zoe'))).toEqual(['z']);
    expect(pickerOptions(people, '', 2)).toHaveLength(2);
  });
});
