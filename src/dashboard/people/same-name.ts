// Finding the same person twice: an import can list one name under two LinkedIn addresses, and
// nothing else tells the two apart. Pure, so a list of thousands is checked in a unit test.
import type { Contact } from '../../model';
import { pickerOptions } from '../pipeline/contact-picker';
import { fold, matchesQuery, searchText } from './contact-filter';

/** A name as duplicates share it: case, accents and spacing aside ("Siobhan" is "Siobhán"). */
export function nameKey(name: string): string {
  return fold(name.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/** Contact id → how many contacts have that name, for the names held more than once. */
export function sameNameCounts(contacts: Pick<Contact, 'id' | 'name'>[]): Map<string, number> {
  const byName = new Map<string, string[]>();
  for (const c of contacts) {
    const key = nameKey(c.name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), c.id]);
  }
  const counts = new Map<string, number>();
  for (const ids of byName.values()) if (ids.length > 1) for (const id of ids) counts.set(id, ids.length);
  return counts;
}

/** Who `self` could be merged with: the same name first, then as the pipeline's picker orders. */
export function mergeCandidates(contacts: Contact[], self: Contact, query: string, limit = 50): Contact[] {
  const others = contacts.filter((c) => c.id !== self.id);
  const key = nameKey(self.name);
  const same = others.filter((c) => nameKey(c.name) === key);
  const q = query.trim();
  const sameShown = q ? same.filter((c) => matchesQuery(searchText(c), q)) : same;
  const rest = pickerOptions(
    others.filter((c) => !same.includes(c)),
    query,
    limit,
  );
  return [...sameShown, ...rest].slice(0, limit);
}
