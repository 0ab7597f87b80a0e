import { describe, expect, it } from 'vitest';
import {
  type ContactFilter,
  filterContacts,
  fold,
  matchesQuery,
  NO_FILTER,
  paginate,
  searchText,
  sortContacts,
  stagesByContact,
} from '../../../../src/dashboard/people/contact-filter';
import { contact, opportunity } from '../../coach/factories';

const today = '2026-11-22';
const people = [
  contact({
    id: 'jose',
    name: 'José Álvarez',
    company: 'Café Lumière',
    degree: 1,
    source: 'imported',
    lastContactedOn: '2026-11-10',
  }),
  contact({
    id: 'anna',
    name: 'Anna Müller',
    headline: 'Head of Data at Nordwind',
    degree: 2,
    lastContactedOn: '2024-05-01',
  }),
  contact({ id: 'bea', name: 'Bea Ortiz', relationship: 'friend', source: 'warm' }),
  contact({ id: 'carl', name: 'carl Jensen', degree: 3, lastContactedOn: '2025-12-01' }),
];
const stages = stagesByContact([opportunity({ id: 'o1', contactIds: ['anna'], stage: 'interview' })]);
const run = (filter: Partial<ContactFilter>) =>
  filterContacts(people, { ...NO_FILTER, ...filter }, { today, stages }).map((c) => c.id);

describe('contact search', () => {
  it('ignores case and accents in name, company and headline', () => {
    expect(fold('José ÁLVAREZ')).toBe('jose alvarez');
    expect(run({ query: 'jose' })).toEqual(['jose']);
    expect(run({ query: 'cafe lumiere' })).toEqual(['jose']);
    expect(run({ query: 'MULLER' })).toEqual(['anna']);
    expect(run({ query: 'nordwind data' })).toEqual(['anna']);
  });

  it('needs every word of the query to match somewhere', () => {
    expect(
      matchesQuery(searchText({ name: 'Anna Müller', company: null, headline: 'Head of Data' }), 'anna acme'),
    ).toBe(false);
    expect(run({ query: '  ' })).toHaveLength(4);
  });
});

describe('contact filters', () => {
  it('filters by degree, including contacts with no degree', () => {
    expect(run({ degree: '2' })).toEqual(['anna']);
    expect(run({ degree: 'none' })).toEqual(['bea']);
  });

  it('filters by relationship and source', () => {
    expect(run({ relationship: 'friend' })).toEqual(['bea']);
    expect(run({ relationship: 'none' })).toEqual(['jose', 'anna', 'carl']);
    expect(run({ source: 'imported' })).toEqual(['jose']);
  });

  it('filters by when they were last contacted', () => {
    expect(run({ lastContacted: 'never' })).toEqual(['bea']);
    expect(run({ lastContacted: 'over-year' })).toEqual(['anna']);
    expect(run({ lastContacted: 'within-30' })).toEqual(['jose']);
  });

  it('filters by the stage of an opportunity they opened', () => {
    expect(run({ stage: 'interview' })).toEqual(['anna']);
    expect(run({ stage: 'offer' })).toEqual([]);
  });
});

describe('contact sorting', () => {
  it('sorts by name ignoring case and accents', () => {
    expect(sortContacts(people, 'name').map((c) => c.id)).toEqual(['anna', 'bea', 'carl', 'jose']);
  });

  it('sorts by last contacted either way, never-contacted last', () => {
    expect(sortContacts(people, 'recent').map((c) => c.id)).toEqual(['jose', 'carl', 'anna', 'bea']);
    expect(sortContacts(people, 'longest-ago').map((c) => c.id)).toEqual(['anna', 'carl', 'jose', 'bea']);
  });
});

describe('paging', () => {
  const many = Array.from({ length: 10_000 }, (_, i) => contact({ id: `c${i}`, name: `Person ${i}` }));

  it('shows 50 at a time and clamps the page number', () => {
    const page = paginate(many, 3);
    expect(page).toMatchObject({ page: 3, pages: 200, first: 151, last: 200, total: 10_000 });
    expect(page.items).toHaveLength(50);
    expect(paginate(many, 999).page).toBe(199);
    expect(paginate([], 2)).toMatchObject({ items: [], page: 0, pages: 1, first: 0, last: 0 });
  });

  it('finds one person among 10,000 contacts with pre-folded text', () => {
    const folded = new Map(many.map((c) => [c.id, searchText(c)]));
    const found = filterContacts(many, { ...NO_FILTER, query: 'person 9999' }, { today, stages, folded });
    expect(found.map((c) => c.id)).toEqual(['c9999']);
  });
});
