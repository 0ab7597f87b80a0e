import type { DayKey, Outreach } from '../model';
import { daysBetween } from './days';
import type { LastOutreach } from './recommend';

/** The latest outreach to a person as the recommender sees it: what, how, and how long ago. */
export function lastOutreachSummary(outreach: Outreach | null, today: DayKey): LastOutreach | null {
  if (!outreach) return null;
  const latest = outreach.history[outreach.history.length - 1];
  return {
    kind: outreach.kind,
    channel: outreach.channel,
    status: outreach.status,
    daysSince: daysBetween(latest?.day ?? outreach.day, today),
    viaMutual: outreach.viaMutual,
  };
}
