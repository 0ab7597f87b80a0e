// Counts for the popup ring and the dashboard: today's and this week's work, the weekly
// invitation count against LinkedIn's cap, and which approaches get replies. Rates below a
// minimum sample are withheld: "100% reply rate" from two InMails misleads more than it helps.

import type { Contact, DayKey, Degree, Outreach, OutreachKind, OutreachStatus } from '../model';
import { OUTREACH_KINDS } from '../model';
import { addDays, type Weekday, weekStart } from './days';

export const MIN_SAMPLE = 5;
/** Warn before LinkedIn's weekly invitation limit, not at it. */
export const INVITATION_WARN_SHARE = 0.8;

/** Where this week's invitations stand against the user's cap: a heads-up, never a block. */
export function invitationWarning(count: number, cap: number): 'near' | 'over' | null {
  if (cap <= 0 || count < cap * INVITATION_WARN_SHARE) return null;
  return count >= cap ? 'over' : 'near';
}

export interface Counts {
  actions: number;
  chatsHeld: number;
}

export interface InvitationCount {
  count: number;
  cap: number;
  /** A heads-up from 80% of the cap; 'over' at the cap. */
  warn: 'near' | 'over' | null;
}

export interface ProgressStats {
  today: Counts;
  week: Counts & { invitations: InvitationCount };
}

export interface RateGroup {
  sent: number;
  replied: number;
  chats: number;
  replyRate: number | null;
  chatRate: number | null;
  enoughData: boolean;
}

export type DegreeGroup = `${Degree}` | 'none';
export type Warmth = 'warm' | 'linkedin';

export interface Rates {
  byKind: Record<OutreachKind, RateGroup>;
  byDegree: Record<DegreeGroup, RateGroup>;
  byWarmth: Record<Warmth, RateGroup>;
}

/** A decline is still a reply: the person answered. */
const REPLIED: ReadonlySet<OutreachStatus> = new Set(['replied', 'chat-scheduled', 'chat-held', 'declined']);
/** Kinds that ask for something; thank-yous and updates expect no answer and follow-ups
 * belong to the ask they follow, so the degree and warmth rates count asks only. */
const ASKS: ReadonlySet<OutreachKind> = new Set([
  'coffee-chat',
  'inmail',
  'invitation-note',
  'intro-request',
  'reconnect',
]);

const reached = (o: Outreach, statuses: ReadonlySet<OutreachStatus>): boolean =>
  statuses.has(o.status) || o.history.some((step) => statuses.has(step.status));
const wasHeld = (o: Outreach): boolean =>
  o.status === 'chat-held' || o.history.some((s) => s.status === 'chat-held');

function heldDay(o: Outreach): DayKey | null {
  return o.history.find((s) => s.status === 'chat-held')?.day ?? (o.status === 'chat-held' ? o.day : null);
}

export function progressStats(
  input: { today: DayKey; outreach: Outreach[]; weeklyInvitationCap: number },
  weekStartsOn: Weekday = 1,
): ProgressStats {
  const { today, outreach } = input;
  const from = weekStart(today, weekStartsOn);
  const to = addDays(from, 6);
  const inWeek = (d: DayKey | null): boolean => d !== null && d >= from && d <= to;
  const todayCounts: Counts = { actions: 0, chatsHeld: 0 };
  const week = { actions: 0, chatsHeld: 0, invitations: 0 };
  for (const o of outreach) {
    const held = heldDay(o);
    if (o.day === today) todayCounts.actions++;
    if (held === today) todayCounts.chatsHeld++;
    if (inWeek(o.day)) {
      week.actions++;
      if (o.channel === 'invitation' || o.kind === 'invitation-note') week.invitations++;
    }
    if (inWeek(held)) week.chatsHeld++;
  }
  const cap = input.weeklyInvitationCap;
  return {
    today: todayCounts,
    week: {
      actions: week.actions,
      chatsHeld: week.chatsHeld,
      invitations: {
        count: week.invitations,
        cap,
        warn: invitationWarning(week.invitations, cap),
      },
    },
  };
}

interface Tally {
  sent: number;
  replied: number;
  chats: number;
}

function toGroup({ sent, replied, chats }: Tally, minSample: number): RateGroup {
  const enoughData = sent >= minSample;
  return {
    sent,
    replied,
    chats,
    replyRate: enoughData ? replied / sent : null,
    chatRate: enoughData ? chats / sent : null,
    enoughData,
  };
}

const isWarm = (c: Contact | undefined): boolean =>
  c !== undefined && (c.source === 'warm' || c.relationship !== null);

/**
 * Reply and chat rates by kind, by degree and by warmth. The degree is the one the person had
 * when the outreach was sent (older entries: the contact's last seen one), and recent sends still waiting for an
 * answer count as unanswered.
 */
export function rates(outreach: Outreach[], contacts: Contact[], minSample = MIN_SAMPLE): Rates {
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const blank = (): Tally => ({ sent: 0, replied: 0, chats: 0 });
  const byKind = Object.fromEntries(OUTREACH_KINDS.map((k) => [k, blank()])) as Record<OutreachKind, Tally>;
  const byDegree: Record<DegreeGroup, Tally> = { '1': blank(), '2': blank(), '3': blank(), none: blank() };
  const byWarmth: Record<Warmth, Tally> = { warm: blank(), linkedin: blank() };
  const add = (tally: Tally, replied: boolean, chat: boolean): void => {
    tally.sent++;
    if (replied) tally.replied++;
    if (chat) tally.chats++;
  };
  for (const o of outreach) {
    const replied = reached(o, REPLIED);
    const chat = wasHeld(o);
    add(byKind[o.kind], replied, chat);
    if (!ASKS.has(o.kind)) continue;
    const contact = contactById.get(o.contactId);
    const degree = o.degreeAtSend ?? contact?.degree ?? null;
    add(byDegree[degree ? (`${degree}` as const) : 'none'], replied, chat);
    add(byWarmth[isWarm(contact) ? 'warm' : 'linkedin'], replied, chat);
  }
  const map = <K extends string>(r: Record<K, Tally>): Record<K, RateGroup> =>
    Object.fromEntries(Object.entries<Tally>(r).map(([k, v]) => [k, toGroup(v, minSample)])) as Record<
      K,
      RateGroup
    >;
  return { byKind: map(byKind), byDegree: map(byDegree), byWarmth: map(byWarmth) };
}
