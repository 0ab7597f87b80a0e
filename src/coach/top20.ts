// The Top 20: the people to contact in the weeks ahead. Helpers work on the ordered list of
// contact ids (what a drag or a keyboard move changes) and turn it back into ranks 1..n
// with no gaps, so two people never share a rank and "#3" always means third.

import type { Contact, DayKey, Outreach } from '../model';
import { daysBetween } from './days';
import { formatDay, type Translate, translate } from './messages';
import { RECONNECT_AFTER_YEARS, yearsSinceContact } from './recommend';

export const TOP20_MAX = 20;

export type Top20Result =
  | { ok: true; order: string[] }
  | { ok: false; order: string[]; reason: 'full' | 'missing' };

/** Ids in rank order; ties and gaps from older data are settled by name. */
export function top20Order(contacts: Pick<Contact, 'id' | 'name' | 'top20Rank'>[]): string[] {
  return contacts
    .filter((c) => c.top20Rank !== null)
    .sort((a, b) => (a.top20Rank ?? 0) - (b.top20Rank ?? 0) || a.name.localeCompare(b.name))
    .slice(0, TOP20_MAX)
    .map((c) => c.id);
}

/** Moves an id to an index (clamped); unknown ids leave the order as it was. */
export function moveTo(order: string[], id: string, index: number): string[] {
  const from = order.indexOf(id);
  if (from === -1) return order;
  const rest = order.filter((x) => x !== id);
  const to = Math.min(Math.max(0, Math.trunc(index)), rest.length);
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}

export const moveUp = (order: string[], id: string): string[] => moveTo(order, id, order.indexOf(id) - 1);
export const moveDown = (order: string[], id: string): string[] =>
  order.includes(id) ? moveTo(order, id, order.indexOf(id) + 1) : order;

/** Adds at an index (default: the end), refusing a 21st entry. */
export function addToTop20(order: string[], id: string, index = order.length): Top20Result {
  if (order.includes(id)) return { ok: true, order: moveTo(order, id, index) };
  if (order.length >= TOP20_MAX) return { ok: false, order, reason: 'full' };
  const to = Math.min(Math.max(0, Math.trunc(index)), order.length);
  return { ok: true, order: [...order.slice(0, to), id, ...order.slice(to)] };
}

export function removeFromTop20(order: string[], id: string): string[] {
  return order.filter((x) => x !== id);
}

/** One line on why this person is worth contacting now, for the Top 20 list. */
export function whyNow(
  contact: Contact,
  context: { today: DayKey; outreach: Outreach[]; locale?: string },
  t: Translate = translate,
): string {
  const { today } = context;
  const locale = context.locale ?? 'en';
  const mine = context.outreach
    .filter((o) => o.contactId === contact.id || o.aboutId === contact.id)
    .sort((a, b) => a.at - b.at);
  const last = mine.at(-1);
  // Asked a mutual to introduce them: the wait is for the mutual, not for this person.
  if (last?.aboutId === contact.id && last.status === 'sent') {
    return t('top20.introAsked', { mutual: last.viaMutual ?? '', since: formatDay(last.day, today, locale) });
  }
  if (last?.status === 'sent') {
    return t('top20.waiting', {
      since: formatDay(last.day, today, locale),
      days: daysBetween(last.day, today),
    });
  }
  if (last && (last.status === 'replied' || last.status === 'chat-scheduled'))
    return t('top20.inConversation');
  if (last?.status === 'declined') return t('top20.declined');
  if (last?.status === 'no-reply') return t('top20.noReply');
  const years = yearsSinceContact(contact, today);
  if (!last && contact.lastContactedOn === null) {
    if (contact.connectedOn !== null && years !== null && years > RECONNECT_AFTER_YEARS) {
      return t('top20.connectedLongAgo', { year: contact.connectedOn.slice(0, 4) });
    }
    if (contact.relationship !== null) return t('top20.warmNotAsked');
    return t('top20.notContacted');
  }
  if (years !== null && years > RECONNECT_AFTER_YEARS) return t('top20.oldTie', { years: Math.floor(years) });
  return t('top20.keepInTouch');
}
