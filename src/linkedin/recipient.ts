// Who is on the other end of the box the user opened: the conversation a message composer
// belongs to (its header, or its senders), or the profile an invitation dialog was opened on.
// Used before inserting, so a message for Chloé never lands in a conversation with Dana unseen.
import { readConversation } from './conversation';
import { readProfile } from './profile';
import { sameProfile } from './profile-url';
import type { ThreadPerson } from './types';

/** Names compared as people write them: case, accents, punctuation and spacing aside. */
function nameKey(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/\(.*?\)/g, ' ') // "Dana Reyes (she/her)"
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The same person: the same profile, or names where one holds every word of the other (SDUI shows first names). */
export function samePerson(
  a: { name: string | null; profileUrl: string | null },
  b: { name: string | null; profileUrl: string | null },
): boolean {
  if (a.profileUrl && b.profileUrl) return sameProfile(a.profileUrl, b.profileUrl);
  if (!a.name || !b.name) return false;
  const x = nameKey(a.name);
  const y = nameKey(b.name);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((word) => long.includes(word));
}

/** The people in the box's conversation, or null when the page does not say. */
export function boxPeople(doc: Document, url: string, box: 'message' | 'invitation'): ThreadPerson[] | null {
  if (box === 'invitation') {
    const profile = readProfile(doc, url);
    return profile.readable && profile.name ? [{ name: profile.name, profileUrl: profile.profileUrl }] : null;
  }
  const thread = readConversation(doc).thread;
  return thread?.with.length ? thread.with : null;
}

/**
 * The name of whoever the box is with when it is not `expected`; null when it is them, or when
 * the page does not say (a new message with no recipient yet).
 */
export function mismatchIn(
  doc: Document,
  url: string,
  box: 'message' | 'invitation',
  expected: { name: string; profileUrl: string | null },
): string | null {
  const people = boxPeople(doc, url, box);
  if (!people || people.some((p) => samePerson(p, expected))) return null;
  return (
    people
      .map((p) => p.name)
      .filter(Boolean)
      .join(', ') || null
  );
}
