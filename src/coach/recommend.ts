// Which channel and template for this person, ranked. The method's rules: warm ties first;
// a 1st-degree connection gets a direct message (a reconnect script if the tie is old);
// 2nd degree goes through a mutual who can vouch, then InMail, then an invitation note;
// further out, InMail or a note. Pending business comes before a new ask: a thank-you after
// a chat, a single follow-up after silence, patience while an invitation is pending.

import type {
  Channel,
  Contact,
  ContactSource,
  DayKey,
  Degree,
  OutreachKind,
  OutreachStatus,
  Relationship,
} from '../model';
import { yearsBetween } from './days';
import { type Translate, translate } from './messages';

/** "Reconnect scripts fit when the last contact is more than about a year ago." */
export const RECONNECT_AFTER_YEARS = 1;
/** A held chat is thanked within days; after two weeks the moment has passed. */
export const THANK_YOU_WITHIN_DAYS = 14;

export interface LastOutreach {
  kind: OutreachKind;
  channel: Channel;
  status: OutreachStatus;
  /** Days since it was sent (for 'sent') or since its latest status change. */
  daysSince: number;
  viaMutual: string | null;
}

export interface RecommendInput {
  degree: Degree | null;
  /** Mutual connections as LinkedIn lists them. */
  mutualNames: string[];
  mutualCount: number | null;
  /** Mutuals the user knows well (warm contacts, people they chatted with): asked first. */
  closeMutuals?: string[];
  relationship: Relationship | null;
  source: ContactSource;
  /** Years since the last contact, else since connecting; null when unknown. */
  yearsSinceLastContact: number | null;
  /** The user has LinkedIn Premium (InMail, 300-character notes). */
  premium: boolean;
  top20: boolean;
  /** The profile offers Connect. */
  canConnect: boolean;
  /** An invitation to them is pending. */
  pending: boolean;
  /** Has an email address or other way to reach them off LinkedIn. */
  hasEmail?: boolean;
  last: LastOutreach | null;
  followUpAfterDays: number;
}

export interface Suggestion {
  kind: OutreachKind;
  channel: Channel;
  /** Preferred template ids, best first. */
  templateIds: string[];
  /** One line, user-facing. */
  reason: string;
  viaMutual?: string;
  /** The right move is to wait this many days first (absent: now). */
  waitDays?: number;
}

type Base = Omit<Suggestion, 'reason'>;

const WARM_TEMPLATE: Record<Relationship, string> = {
  friend: 'warm-friend-coffee',
  relative: 'warm-friend-coffee',
  'former-colleague': 'warm-colleague-coffee',
  'former-manager': 'warm-colleague-coffee',
  teacher: 'warm-teacher-coffee',
  other: 'warm-friend-coffee',
};

/** Years since the last contact, or since connecting when never contacted; null if unknown. */
export function yearsSinceContact(
  contact: Pick<Contact, 'lastContactedOn' | 'connectedOn'>,
  today: DayKey,
): number | null {
  const since = contact.lastContactedOn ?? contact.connectedOn;
  return since === null ? null : yearsBetween(since, today);
}

const isOld = (input: RecommendInput): boolean =>
  input.yearsSinceLastContact !== null && input.yearsSinceLastContact > RECONNECT_AFTER_YEARS;

/** Business with the last outreach that comes before any new ask; null when there is none. */
function pendingBusiness(input: RecommendInput, t: Translate): Suggestion[] | null {
  const { last } = input;
  if (!last) return null;
  const days = Math.max(0, Math.floor(last.daysSince));
  if (last.status === 'chat-held' && last.kind !== 'thank-you' && days <= THANK_YOU_WITHIN_DAYS) {
    const thanks: Suggestion[] = [
      {
        kind: 'thank-you',
        channel: last.channel,
        templateIds: ['thank-you-after-chat'],
        reason: t('why.thankYou'),
      },
    ];
    if (last.viaMutual) {
      thanks.push({
        kind: 'intro-update',
        channel: 'linkedin-message',
        templateIds: ['intro-update'],
        reason: t('why.introUpdate', { mutual: last.viaMutual }),
        viaMutual: last.viaMutual,
      });
    }
    return thanks;
  }
  if (last.status === 'declined') return [];
  const isAsk = last.kind !== 'follow-up' && last.kind !== 'thank-you' && last.kind !== 'intro-update';
  // An invitation cannot be followed up until it is accepted: the pending rule handles it.
  if (last.status === 'sent' && isAsk && last.kind !== 'invitation-note') {
    const followUp: Base = { kind: 'follow-up', channel: last.channel, templateIds: ['follow-up-no-reply'] };
    if (days >= input.followUpAfterDays) return [{ ...followUp, reason: t('why.followUp', { days }) }];
    const waitDays = input.followUpAfterDays - days;
    return [{ ...followUp, reason: t('why.waitForReply', { days: waitDays }), waitDays }];
  }
  return null;
}

function inmail(input: RecommendInput, t: Translate): Suggestion {
  return {
    kind: 'inmail',
    channel: 'inmail',
    templateIds: ['inmail-coffee-chat'],
    reason: input.premium ? t('why.inmail') : t('why.inmailNeedsPremium'),
  };
}

function invitation(input: RecommendInput, t: Translate): Suggestion[] {
  if (!input.canConnect) return [];
  return [
    {
      kind: 'invitation-note',
      channel: 'invitation',
      templateIds: input.premium ? ['invitation-note-premium'] : ['invitation-note-free'],
      reason: input.premium ? t('why.invitationPremium') : t('why.invitationFree'),
    },
  ];
}

function introRequest(input: RecommendInput, t: Translate): Suggestion[] {
  const count = Math.max(input.mutualCount ?? 0, input.mutualNames.length);
  if (count === 0) return [];
  const close = input.closeMutuals?.find((name) => input.mutualNames.includes(name));
  const mutual = close ?? input.mutualNames[0];
  const base: Base = {
    kind: 'intro-request',
    channel: 'linkedin-message',
    templateIds: ['intro-request', 'intro-blurb'],
  };
  if (!mutual) return [{ ...base, reason: t('why.introAnyMutual', { count }) }];
  return [{ ...base, reason: t('why.introVia', { count, mutual }), viaMutual: mutual }];
}

function warm(input: RecommendInput, t: Translate): Suggestion[] {
  const relationship = input.relationship ?? 'other';
  const channel: Channel = input.hasEmail ? 'email' : input.degree === 1 ? 'linkedin-message' : 'text';
  const chat: Suggestion = {
    kind: 'coffee-chat',
    channel,
    templateIds: [WARM_TEMPLATE[relationship]],
    reason: t('why.warm'),
  };
  if (!isOld(input)) return [chat];
  return [
    { kind: 'reconnect', channel, templateIds: ['reconnect-warm'], reason: t('why.reconnectWarm') },
    chat,
  ];
}

function firstDegree(input: RecommendInput, t: Translate): Suggestion[] {
  const chat: Suggestion = {
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateIds: ['linkedin-coffee-chat'],
    reason: t('why.firstDegree'),
  };
  if (!isOld(input)) return [chat];
  const reconnect: Suggestion = {
    kind: 'reconnect',
    channel: 'linkedin-message',
    templateIds: ['reconnect-linkedin'],
    reason: t('why.reconnectLinkedIn'),
  };
  return [reconnect, chat];
}

function pendingInvitation(input: RecommendInput, t: Translate): Suggestion[] {
  const wait: Suggestion = {
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateIds: ['linkedin-coffee-chat'],
    reason: t('why.pending'),
  };
  const days = input.last?.kind === 'invitation-note' ? input.last.daysSince : null;
  if (days !== null && days < input.followUpAfterDays) wait.waitDays = input.followUpAfterDays - days;
  // After a week or so without an answer, a premium user can nudge by InMail.
  const nudge: Suggestion[] =
    input.premium && wait.waitDays === undefined
      ? [
          {
            kind: 'follow-up',
            channel: 'inmail',
            templateIds: ['follow-up-no-reply', 'inmail-coffee-chat'],
            reason: t('why.pendingInmail'),
          },
        ]
      : [];
  return [...nudge, wait, ...introRequest(input, t)];
}

function newAsk(input: RecommendInput, t: Translate): Suggestion[] {
  if (input.relationship !== null || input.source === 'warm') {
    return [...warm(input, t), ...(input.degree === 1 ? firstDegree(input, t) : [])];
  }
  if (input.pending) return pendingInvitation(input, t);
  switch (input.degree) {
    case 1:
      return firstDegree(input, t);
    case 2:
      return [...introRequest(input, t), inmail(input, t), ...invitation(input, t)];
    case 3:
      return [inmail(input, t), ...invitation(input, t)];
    default:
      return [inmail(input, t), ...invitation(input, t)];
  }
}

/** Ranked suggestions for one person, best first; empty when nothing should be sent. */
export function recommend(input: RecommendInput, t: Translate = translate): Suggestion[] {
  const suggestions = pendingBusiness(input, t) ?? newAsk(input, t);
  const [first] = suggestions;
  if (first && input.top20) first.reason = t('why.top20', { reason: first.reason });
  // One entry per kind + channel + mutual: the warm and 1st-degree lists can overlap.
  const seen = new Set<string>();
  return suggestions.filter((s) => {
    const key = `${s.kind}|${s.channel}|${s.viaMutual ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
