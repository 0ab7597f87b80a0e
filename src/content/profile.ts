// The profile feature: wait until the top card shows the person the URL names (after an in-app
// navigation the old card lingers for a moment), read it, tell the background, show the badge.
import { dayKey } from '../coach/days';
import { lastOutreachSummary } from '../coach/last-outreach';
import { recommend, type Suggestion, yearsSinceContact } from '../coach/recommend';
import { readProfile } from '../linkedin/profile';
import { findNameAnchor } from '../linkedin/profile-fields';
import { canonicalProfileUrl } from '../linkedin/profile-url';
import type { ProfileRead } from '../linkedin/types';
import {
  type ContactView,
  PAGE_PROFILE_LIMITS as LIMITS,
  type PageProfile,
  type PageReadView,
} from '../model';
import { browser } from '../platform/browser';
import { type PageSettings, readPageSettings } from '../platform/page-settings';
import { send } from '../platform/send';
import { degreeShort } from '../ui/format';
import { t } from '../ui/i18n';
import { renderBadge } from './badge';
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
  const [person, settings] = await Promise.all([send('profile.seen', { profile }), readPageSettings()]);
  if (signal.aborted || !settings.showBadge || profile.self) return;
  const anchor = findNameAnchor(document);
  if (anchor) renderBadge(anchor, badgeModel(profile, person, settings), signal);
}

export function badgeModel(profile: PageProfile, person: ContactView, settings: PageSettings) {
  const today = dayKey(Date.now());
  // The stored person carries the page's facts unless the user corrected them: theirs win.
  const degree = person.contact.degree;
  const mutualCount = person.contact.mutualCount ?? profile.mutualCount;
  const [best] = recommend({
    degree,
    mutualNames: profile.mutualNames,
    mutualCount,
    relationship: person.contact.relationship,
    source: person.contact.source,
    yearsSinceLastContact: yearsSinceContact(person.contact, today),
    premium: settings.premium,
    top20: person.contact.top20Rank !== null,
    canConnect: profile.canConnect,
    pending: profile.pending,
    last: lastOutreachSummary(person.lastOutreach, today),
    followUpAfterDays: settings.followUpAfterDays,
  });
  const lines = [t('badgeMutuals', mutualCount)];
  if (best) lines.push(channelLabel(best));
  if (person.contact.lastContactedOn) lines.push(t('lastContacted', person.contact.lastContactedOn));
  if (person.contact.top20Rank !== null) lines.push(t('badgeTop20'));
  // The tooltip repeats the badge in words (the coach's longer reason is shown in the popup, in
  // the user's language; its German table would not fit the content script's size budget).
  return {
    degree: degreeShort(degree),
    lines,
    title: [degreeShort(degree), ...lines].join(' · '),
  };
}

/** The suggestion in a few words: the badge has room for the channel, the popup for the why. */
function channelLabel(suggestion: Suggestion): string {
  if (suggestion.kind === 'intro-request' && suggestion.viaMutual)
    return t('channelIntroVia', suggestion.viaMutual);
  if (suggestion.kind === 'intro-request') return t('channelIntro');
  if (suggestion.kind === 'follow-up') return t('channelFollowUp');
  if (suggestion.kind === 'thank-you') return t('channelThankYou');
  if (suggestion.kind === 'reconnect') return t('channelReconnect');
  if (suggestion.channel === 'inmail') return t('channelInMail');
  if (suggestion.channel === 'invitation') return t('channelInvitation');
  if (suggestion.channel === 'linkedin-message') return t('channelMessage');
  return t('channelWarm');
}
