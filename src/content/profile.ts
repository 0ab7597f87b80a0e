// The profile feature: wait until the top card shows the person the URL names (after an in-app
// navigation the old card lingers for a moment), read it, tell the background, show the badge.
import { readProfile } from '../linkedin/profile';
import { findNameAnchor } from '../linkedin/profile-fields';
import { canonicalProfileUrl } from '../linkedin/profile-url';
import type { ProfileRead } from '../linkedin/types';
import type { PageProfile, PageReadView } from '../model';
// The vocabulary file itself, not the model's index: the content script stays free of the schemas.
import { PAGE_PROFILE_LIMITS as LIMITS } from '../model/vocabulary';
import { browser } from '../platform/browser';
import { readPageSettings } from '../platform/page-settings';
import { send } from '../platform/send';
import { renderBadge } from './badge';
import { badgeModel } from './badge-model';
import { waitFor } from './wait';

export function isContextGone(error: unknown): boolean {
  // Chrome: "Extension context invalidated."; Firefox: runtime.id becomes undefined.
  try {
    if (!browser.runtime?.id) return true;
  } catch {
    return true;
  }
  return error instanceof Error && /context invalidated/i.test(error.message);
}

/** Page text is bounded before it travels: a 2,000-character "name" is cut, not refused. */
function clamp(text: string | null, max: number): string | null {
  return text !== null && text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function toPageProfile(read: ProfileRead, url: string): PageProfile | null {
  const profileUrl = read.profileUrl ?? canonicalProfileUrl(url);
  if (!profileUrl || !read.readable) return null;
  return {
    profileUrl,
    name: clamp(read.name, LIMITS.name),
    headline: clamp(read.headline, LIMITS.headline),
    company: clamp(read.company, LIMITS.company),
    degree: read.degree,
    self: read.self,
    mutualCount: read.mutualCount,
    mutualNames: read.mutualNames
      .slice(0, LIMITS.mutuals)
      .map((name) => clamp(name, LIMITS.mutualName) as string),
    canConnect: read.canConnect,
    pending: read.pending,
    inviteNoteLimit: read.inviteNoteLimit,
    mutualsUrl: read.mutualsUrl,
  };
}

export async function showProfile(
  url: string,
  signal: AbortSignal,
  onRead: (view: PageReadView) => void,
): Promise<void> {
  const wanted = canonicalProfileUrl(url);
  const read = await waitFor(() => {
    const attempt = readProfile(document, url);
    // Only a card that names the person in the URL counts; the previous one may still be on screen.
    return attempt.readable && attempt.profileUrl === wanted && attempt.name ? attempt : null;
  }, signal);
  if (signal.aborted) return;
  const final = read ?? readProfile(document, url);
  const profile = toPageProfile(final, url);
  onRead({ url, page: 'profile', profile, missing: final.missing });
  if (!profile) return;
  const [badge, settings] = await Promise.all([send('page.profile', { profile }), readPageSettings()]);
  if (signal.aborted || !settings.showBadge || profile.self) return;
  const anchor = findNameAnchor(document);
  if (anchor) renderBadge(anchor, badgeModel(badge), signal);
}
