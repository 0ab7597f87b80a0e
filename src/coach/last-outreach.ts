import type { DayKey, Outreach } from '../model';
import { businessDaysBetween, daysBetween } from './days';
import type { LastOutreach } from './recommend';

/**
 * A message as the recommender sees it: what, how, how long ago, and this person's part in it —
 * 'to' when it was sent to them, 'about' when it went to a mutual about them.
 */
export function lastOutreachSummary(
  outreach: Outreach | null,
  today: DayKey,
  role: 'to' | 'about' = 'to',
  aboutName: string | null = null,
): LastOutreach | null {
  if (!outreach) return null;
  const latest = outreach.history[outreach.history.length - 1];
  const since = latest?.day ?? outreach.day;
  return {
    kind: outreach.kind,
    channel: outreach.channel,
    status: outreach.status,
    daysSince: daysBetween(since, today),
    businessDaysSince: businessDaysBetween(since, today),
    viaMutual: outreach.viaMutual,
    role,
    aboutName: role === 'to' ? aboutName : null,
  };
}

/** The message that decides what comes next: the newer of the one to them and the one about them. */
export function decidingOutreach(
  to: Outreach | null,
  about: Outreach | null,
): { outreach: Outreach | null; role: 'to' | 'about' } {
  if (about && (!to || about.at > to.at)) return { outreach: about, role: 'about' };
  return { outreach: to, role: 'to' };
}
