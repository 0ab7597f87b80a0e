// A contact's outreach history and the status moves it allows. Pure and tested.
import type { Outreach, OutreachStatus } from '../../model';

/**
 * One person's outreach, newest first (ties: the later-logged first): what was sent to them, and
 * what was sent to a mutual about them (an intro request).
 */
export function contactTimeline(outreach: Outreach[], contactId: string): Outreach[] {
  return outreach
    .filter((o) => o.contactId === contactId || o.aboutId === contactId)
    .sort((a, b) => b.at - a.at || b.history.length - a.history.length);
}

/**
 * Where an outreach can go next: forward along sent → replied → chat scheduled → chat held,
 * or out (declined, no reply). A late reply after "no reply" still counts; a held chat and a
 * "no" are final (log a new outreach to ask again).
 */
const NEXT: Record<OutreachStatus, OutreachStatus[]> = {
  sent: ['replied', 'chat-scheduled', 'chat-held', 'declined', 'no-reply'],
  replied: ['chat-scheduled', 'chat-held', 'declined'],
  'chat-scheduled': ['chat-held', 'declined'],
  'chat-held': [],
  declined: [],
  'no-reply': ['replied', 'chat-scheduled', 'chat-held', 'declined'],
};

export function nextStatuses(status: OutreachStatus): OutreachStatus[] {
  return NEXT[status];
}
