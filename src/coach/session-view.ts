// What the Today view receives in one answer: the queue, the brief for each chat on today's
// calendar, and just the people the queue names (a side panel holds no contact list).
import type { Contact } from '../model';
import type { ChatBrief } from './brief';
import type { TodayQueue } from './today';

/** Who an item names, as much as the Today view shows of them. */
export type PersonRef = Pick<Contact, 'id' | 'name' | 'company' | 'profileUrl'>;

/** What the Today view shows: the queue, the brief for each chat today, and the people named. */
export interface SessionView extends TodayQueue {
  briefs: ChatBrief[];
  people: Record<string, PersonRef>;
}

/** The people a queue names (items, second tries, chats), for a view that has no contact list. */
export function peopleOf(
  queue: TodayQueue,
  contacts: ReadonlyMap<string, Contact>,
): Record<string, PersonRef> {
  const ids = new Set([
    ...[...queue.items, ...queue.tomorrow].flatMap((i) => [
      i.contactId,
      ...(i.otherContactId ? [i.otherContactId] : []),
    ]),
    ...[...queue.chatsToday, ...queue.chatsTomorrow].map((c) => c.contactId),
  ]);
  const people: Record<string, PersonRef> = {};
  for (const id of ids) {
    const c = contacts.get(id);
    if (c) people[id] = { id: c.id, name: c.name, company: c.company, profileUrl: c.profileUrl };
  }
  return people;
}
