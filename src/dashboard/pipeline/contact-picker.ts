import type { Contact } from '../../model';
import { matchesQuery, searchText } from '../people/contact-filter';

/** Who a card can be tied to: matches first from the Top 20, then the recently contacted. */
export function pickerOptions(contacts: Contact[], query: string, limit = 50): Contact[] {
  const q = query.trim();
  const matches = q ? contacts.filter((c) => matchesQuery(searchText(c), q)) : [...contacts];
  return matches
    .sort(
      (a, b) =>
        (a.top20Rank ?? 99) - (b.top20Rank ?? 99) ||
        (b.lastContactedOn ?? '').localeCompare(a.lastContactedOn ?? '') ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}
