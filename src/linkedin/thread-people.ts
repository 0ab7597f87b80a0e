// The other participants of a conversation, gathered from the header and the message groups.
// One person shows up under up to three keys: a vanity link (`/in/<slug>/`, the one reported),
// a member-id link (`/in/ACoAA…`, used by avatars, the profile card and the overlay header)
// and a display name. A member id is never reported as if it were a slug.
import { type ProfileUrlInfo, profileUrlInfo } from './profile-url';
import type { ThreadPerson } from './types';
import type { Viewer } from './viewer';

export interface Identity {
  name: string | null;
  /** The vanity link, if any link was one. */
  vanity: ProfileUrlInfo | null;
  memberIds: string[];
}

export function identityFrom(name: string | null, links: readonly (Element | null | undefined)[]): Identity {
  const id: Identity = { name, vanity: null, memberIds: [] };
  for (const link of links) {
    const info = link ? profileUrlInfo(link.getAttribute('href') ?? '') : null;
    if (!info) continue;
    if (info.memberId) id.memberIds.push(info.slug);
    else id.vanity ??= info;
  }
  return id;
}

/** Me or them by link; null when no link decides (no link, or a member id the page never tied to the viewer). */
export function senderByLink(id: Identity, viewer: Viewer): 'me' | 'them' | null {
  if (id.vanity && viewer.slug !== null) return id.vanity.slug.toLowerCase() === viewer.slug ? 'me' : 'them';
  if (id.memberIds.some((m) => viewer.memberIds.has(m))) return 'me';
  // A member id that is not the viewer's decides only once the viewer's own id is known.
  if (id.memberIds.length && viewer.memberIds.size) return 'them';
  return null;
}

interface Person {
  name: string | null;
  vanity: ProfileUrlInfo | null;
  memberIds: Set<string>;
}

const sameName = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && a.toLocaleLowerCase() === b.toLocaleLowerCase();

export class ThreadPeople {
  private readonly people: Person[] = [];

  private find(id: Identity): Person | undefined {
    const slug = id.vanity?.slug.toLowerCase();
    return (
      this.people.find((p) => slug !== undefined && p.vanity?.slug.toLowerCase() === slug) ??
      this.people.find((p) => id.memberIds.some((m) => p.memberIds.has(m))) ??
      // A name alone joins only where no link says they are two people.
      this.people.find(
        (p) =>
          sameName(p.name, id.name) &&
          !(slug !== undefined && p.vanity && p.vanity.slug.toLowerCase() !== slug),
      )
    );
  }

  add(id: Identity): void {
    if (!id.name && !id.vanity && id.memberIds.length === 0) return;
    const known = this.find(id);
    if (!known) {
      this.people.push({ name: id.name, vanity: id.vanity, memberIds: new Set(id.memberIds) });
      return;
    }
    known.name ??= id.name;
    known.vanity ??= id.vanity;
    for (const m of id.memberIds) known.memberIds.add(m);
  }

  list(): ThreadPerson[] {
    return this.people.map((p) => ({ name: p.name, profileUrl: p.vanity?.url ?? null }));
  }
}
