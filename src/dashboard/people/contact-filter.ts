// Searching, filtering, sorting and paging the contact list. Pure, so 10,000 imported
// connections can be checked in a unit test; the list view only renders one page of the result.
import { daysBetween } from '../../coach/days';
import type { Contact, ContactSource, DayKey, Opportunity, PipelineStage, Relationship } from '../../model';

export interface ContactFilter {
  query: string;
  degree: 'any' | '1' | '2' | '3' | 'none';
  relationship: 'any' | 'none' | Relationship;
  source: 'any' | ContactSource;
  lastContacted: 'any' | 'never' | 'over-year' | 'within-30';
  stage: 'any' | PipelineStage;
}

export type ContactSort = 'name' | 'recent' | 'longest-ago';

export const NO_FILTER: ContactFilter = {
  query: '',
  degree: 'any',
  relationship: 'any',
  source: 'any',
  lastContacted: 'any',
  stage: 'any',
};

export const PAGE_SIZE = 50;

/** Lower case without accents, so "jose" finds "José" and "MULLER" finds "Müller". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('en');
}

/** What a search looks through, folded once per contact rather than once per keystroke. */
export function searchText(contact: Pick<Contact, 'name' | 'company' | 'headline'>): string {
  return fold([contact.name, contact.company ?? '', contact.headline ?? ''].join('\n'));
}

/** Every word of the query must appear somewhere in name, company or headline. */
export function matchesQuery(folded: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.every((word) => folded.includes(word));
}

/** Contact id → the stages of the opportunities they opened. */
export function stagesByContact(opportunities: Opportunity[]): Map<string, Set<PipelineStage>> {
  const map = new Map<string, Set<PipelineStage>>();
  for (const o of opportunities) {
    for (const id of o.contactIds) {
      const stages = map.get(id) ?? new Set<PipelineStage>();
      stages.add(o.stage);
      map.set(id, stages);
    }
  }
  return map;
}

function lastContactedMatches(
  day: DayKey | null,
  want: ContactFilter['lastContacted'],
  today: DayKey,
): boolean {
  if (want === 'any') return true;
  if (want === 'never') return day === null;
  if (day === null) return false;
  const days = daysBetween(day, today);
  return want === 'over-year' ? days > 365 : days <= 30;
}

export interface FilterContext {
  today: DayKey;
  stages: Map<string, Set<PipelineStage>>;
  /** Folded search text per contact id (see `searchText`); computed on the fly when absent. */
  folded?: Map<string, string>;
}

export function filterContacts(
  contacts: Contact[],
  filter: ContactFilter,
  context: FilterContext,
): Contact[] {
  const query = filter.query.trim();
  return contacts.filter((c) => {
    if (
      filter.degree !== 'any' &&
      (filter.degree === 'none' ? c.degree !== null : String(c.degree) !== filter.degree)
    )
      return false;
    if (
      filter.relationship !== 'any' &&
      c.relationship !== (filter.relationship === 'none' ? null : filter.relationship)
    )
      return false;
    if (filter.source !== 'any' && c.source !== filter.source) return false;
    if (!lastContactedMatches(c.lastContactedOn, filter.lastContacted, context.today)) return false;
    if (filter.stage !== 'any' && !context.stages.get(c.id)?.has(filter.stage)) return false;
    if (query && !matchesQuery(context.folded?.get(c.id) ?? searchText(c), query)) return false;
    return true;
  });
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorted copy. Never-contacted people go last whichever way last-contacted is sorted. */
export function sortContacts(contacts: Contact[], sort: ContactSort): Contact[] {
  const byName = (a: Contact, b: Contact): number => collator.compare(a.name, b.name);
  if (sort === 'name') return [...contacts].sort(byName);
  const sign = sort === 'recent' ? -1 : 1;
  return [...contacts].sort((a, b) => {
    const x = a.lastContactedOn;
    const y = b.lastContactedOn;
    if (x === y) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * sign;
  });
}

export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown (0 and 0 when empty). */
  first: number;
  last: number;
  total: number;
}

export function paginate<T>(items: T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const slice = items.slice(current * size, current * size + size);
  const first = slice.length ? current * size + 1 : 0;
  return {
    items: slice,
    page: current,
    pages,
    first,
    last: first ? first + slice.length - 1 : 0,
    total: items.length,
  };
}
