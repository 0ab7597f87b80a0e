// Which channel and template for this person, ranked, and to whom each message goes. The method's
// rules: warm ties first (by email when the user has one); a 1st-degree connection gets a direct
// message (a reconnect script if the tie is old); 2nd degree goes through a mutual who can vouch
// — the message then goes to the mutual, about this person — then an invitation note on a free
// account (InMail needs Premium), InMail first with Premium; further out, the same minus the
// mutual. Pending business comes before a new ask: a thank-you after a chat (and an update to the
// mutual who introduced), Steve Dalton's "3B7" after silence (3 business days: try a second
// person at the company; 7: one follow-up; then let go), patience while an invitation is pending.

import type {
  Channel,
  ContactSource,
  Degree,
  OtherPerson,
  OutreachKind,
  OutreachStatus,
  Relationship,
  Suggestion,
} from '../model';

export type { OtherPerson, Suggestion, SuggestionAction } from '../model';

import { plural, type Translate, translate } from './messages';

/** "Reconnect scripts fit when the last contact is more than about a year ago." */
export const RECONNECT_AFTER_YEARS = 1;
/** A held chat is thanked within days; after two weeks the moment has passed. */
export const THANK_YOU_WITHIN_DAYS = 14;

export interface LastOutreach {
  kind: OutreachKind;
  channel: Channel;
  status: OutreachStatus;
  /** Calendar days since it was sent (for 'sent') or since its latest status change. */
  daysSince: number;
  /** The same in business days (Monday to Friday), which the follow-up rules count. */
  businessDaysSince: number;
  viaMutual: string | null;
  /** 'to': it was sent to this person; 'about': it was sent to `viaMutual` about this person. */
  role: 'to' | 'about';
  /** When it was sent to this person about someone else (they are the mutual): that someone. */
  aboutName: string | null;
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
  /** The user has an email address for them. */
  hasEmail?: boolean;
  /** The latest message to them, or about them to a mutual, whichever is newer. */
  last: LastOutreach | null;
  /** Business days of silence before one follow-up (the 7 of 3B7). */
  followUpAfterDays: number;
  /** Business days of silence before trying a second person at the company (the 3 of 3B7). */
  secondPersonAfterDays?: number;
  /** People at the same company not asked yet, for the second try. */
  sameCompany?: OtherPerson[];
  /** Personalized invitation notes left this month on a free account; null when not counted. */
  notesLeft?: number | null;
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

export { yearsSinceContact } from './days';

const isOld = (input: RecommendInput): boolean =>
  input.yearsSinceLastContact !== null && input.yearsSinceLastContact > RECONNECT_AFTER_YEARS;

const NOT_ASKS: ReadonlySet<OutreachKind> = new Set(['follow-up', 'thank-you', 'intro-update']);

function afterChat(last: LastOutreach, t: Translate): Suggestion[] {
  const update = (to: 'person' | 'mutual', mutual: string | undefined): Suggestion => ({
    kind: 'intro-update',
    channel: 'linkedin-message',
    templateIds: ['intro-update'],
    reason: to === 'mutual' ? t('why.introUpdate', { mutual: mutual ?? '' }) : t('why.introUpdateToYou'),
    to,
    ...(mutual ? { viaMutual: mutual } : {}),
  });
  // They introduced the user to someone, and that chat happened: the update goes to them.
  if (last.role === 'to' && last.aboutName) return [update('person', undefined)];
  const thanks: Suggestion = {
    kind: 'thank-you',
    channel: last.role === 'about' ? 'linkedin-message' : last.channel,
    templateIds: ['thank-you-after-chat'],
    reason: t('why.thankYou'),
    to: 'person',
  };
  return last.viaMutual ? [thanks, update('mutual', last.viaMutual)] : [thanks];
}

/** 3B7 after an unanswered ask: wait, try a second person, one follow-up, then let go. */
function silence(input: RecommendInput, last: LastOutreach, t: Translate): Suggestion[] {
  const days = Math.max(0, Math.floor(last.businessDaysSince));
  const followAfter = input.followUpAfterDays;
  const secondAfter = Math.min(input.secondPersonAfterDays ?? 3, followAfter);
  const aboutIntro = last.kind === 'intro-request';
  // An unanswered intro request is followed up with the mutual, never with the person to meet.
  const toMutual = last.role === 'about';
  const base: Base = {
    kind: 'follow-up',
    channel: toMutual ? 'linkedin-message' : last.channel,
    templateIds: [aboutIntro ? 'follow-up-intro' : 'follow-up-no-reply'],
    to: toMutual ? 'mutual' : 'person',
    ...(toMutual && last.viaMutual ? { viaMutual: last.viaMutual } : {}),
  };
  const who = { mutual: last.viaMutual ?? '', person: last.aboutName ?? '' };
  const span = (n: number) => plural(t, 'unit.businessDays', n);
  if (last.kind === 'follow-up') {
    if (days >= followAfter) return [{ ...base, templateIds: [], action: 'let-go', reason: t('why.letGo') }];
    return [
      {
        ...base,
        templateIds: [],
        action: 'wait',
        waitDays: followAfter - days,
        reason: t('why.waitAfterFollowUp'),
      },
    ];
  }
  if (days >= followAfter) {
    const key = toMutual ? 'why.followUpIntro' : aboutIntro ? 'why.followUpIntroAsMutual' : 'why.followUp';
    return [{ ...base, reason: t(key, { days: span(days), ...who }) }];
  }
  const waitDays = followAfter - days;
  const wait: Suggestion = {
    ...base,
    action: 'wait',
    waitDays,
    reason: toMutual
      ? t('why.waitForIntro', { days: span(waitDays), ...who })
      : t('why.waitForReply', { days: span(waitDays) }),
  };
  const [other] = input.sameCompany ?? [];
  if (days >= secondAfter && other && !aboutIntro) {
    return [
      {
        kind: 'coffee-chat',
        channel: 'linkedin-message',
        templateIds: [],
        to: 'person',
        action: 'second-person',
        other,
        reason: t('why.secondPerson', { days: span(days), other: other.name }),
      },
      wait,
    ];
  }
  return [wait];
}

/** Business with the latest message that comes before any new ask; null when there is none. */
function pendingBusiness(input: RecommendInput, t: Translate): Suggestion[] | null {
  const { last } = input;
  if (!last) return null;
  const days = Math.max(0, Math.floor(last.daysSince));
  if (last.status === 'chat-held' && last.kind !== 'thank-you' && last.kind !== 'intro-update') {
    return days <= THANK_YOU_WITHIN_DAYS ? afterChat(last, t) : null;
  }
  if (last.status === 'declined') return [];
  if (last.status === 'replied' || last.status === 'chat-scheduled') {
    if (last.role === 'about') return null; // the mutual answered: now the ask to this person
    // An accepted invitation is a connection, not a conversation: now the 1st-degree ask.
    if (last.kind === 'invitation-note' && last.status === 'replied') return null;
    const conversation: Suggestion = {
      kind: last.kind,
      channel: last.channel,
      templateIds: [],
      to: 'person',
      action: 'in-conversation',
      reason: last.status === 'replied' ? t('why.inConversation') : t('why.chatScheduled'),
    };
    return [conversation];
  }
  // An invitation cannot be followed up until it is accepted: the pending rule handles it.
  if (last.status === 'sent' && last.kind !== 'invitation-note') {
    if (NOT_ASKS.has(last.kind) && last.kind !== 'follow-up') return null;
    return silence(input, last, t);
  }
  return null;
}

function inmail(input: RecommendInput, t: Translate): Suggestion {
  return {
    kind: 'inmail',
    channel: 'inmail',
    templateIds: ['inmail-coffee-chat'],
    reason: input.premium ? t('why.inmail') : t('why.inmailNeedsPremium'),
    to: 'person',
    ...(input.premium ? {} : { needsPremium: true }),
  };
}

function invitation(input: RecommendInput, t: Translate): Suggestion[] {
  if (!input.canConnect) return [];
  const base: Base = { kind: 'invitation-note', channel: 'invitation', templateIds: [], to: 'person' };
  if (!input.premium && input.notesLeft === 0) {
    // Personalized notes are scarce on a free account: connect plainly, write once accepted.
    return [{ ...base, action: 'connect-without-note', reason: t('why.connectWithoutNote') }];
  }
  return [
    {
      ...base,
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
    to: 'mutual',
  };
  const mutuals = plural(t, 'unit.mutuals', count);
  if (!mutual) return [{ ...base, reason: t('why.introAnyMutual', { mutuals }) }];
  const reason = close ? t('why.introViaClose', { mutuals, mutual }) : t('why.introVia', { mutuals, mutual });
  return [{ ...base, reason, viaMutual: mutual }];
}

function warm(input: RecommendInput, t: Translate): Suggestion[] {
  const relationship = input.relationship ?? 'other';
  const channel: Channel = input.hasEmail ? 'email' : input.degree === 1 ? 'linkedin-message' : 'text';
  const chat: Suggestion = {
    kind: 'coffee-chat',
    channel,
    templateIds: [WARM_TEMPLATE[relationship]],
    reason: input.hasEmail ? t('why.warmEmail') : t('why.warm'),
    to: 'person',
  };
  if (!isOld(input)) return [chat];
  return [
    {
      kind: 'reconnect',
      channel,
      templateIds: ['reconnect-warm'],
      reason: t('why.reconnectWarm'),
      to: 'person',
    },
    chat,
  ];
}

function firstDegree(input: RecommendInput, t: Translate): Suggestion[] {
  const chat: Suggestion = {
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateIds: ['linkedin-coffee-chat'],
    reason: t('why.firstDegree'),
    to: 'person',
  };
  if (!isOld(input)) return [chat];
  const reconnect: Suggestion = {
    kind: 'reconnect',
    channel: 'linkedin-message',
    templateIds: ['reconnect-linkedin'],
    reason: t('why.reconnectLinkedIn'),
    to: 'person',
  };
  return [reconnect, chat];
}

/** Never "message them" while the invitation is out: wait, or ask a mutual. */
function pendingInvitation(input: RecommendInput, t: Translate): Suggestion[] {
  const sentDays = input.last?.kind === 'invitation-note' ? input.last.businessDaysSince : null;
  const left = sentDays === null ? null : input.followUpAfterDays - sentDays;
  const wait: Suggestion = {
    kind: 'invitation-note',
    channel: 'invitation',
    templateIds: [],
    to: 'person',
    action: 'wait',
    reason:
      left !== null && left > 0
        ? t('why.pendingDays', { days: plural(t, 'unit.businessDays', left) })
        : t('why.pending'),
    ...(left !== null && left > 0 ? { waitDays: left } : {}),
  };
  // After a week or so without an answer, a premium user can nudge by InMail.
  const nudge: Suggestion[] =
    input.premium && wait.waitDays === undefined
      ? [
          {
            kind: 'follow-up',
            channel: 'inmail',
            templateIds: ['follow-up-no-reply', 'inmail-coffee-chat'],
            reason: t('why.pendingInmail'),
            to: 'person',
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
  const paid = input.premium;
  switch (input.degree) {
    case 1:
      return firstDegree(input, t);
    case 2:
      return paid
        ? [...introRequest(input, t), inmail(input, t), ...invitation(input, t)]
        : [...introRequest(input, t), ...invitation(input, t), inmail(input, t)];
    default:
      // InMail ranks first on a free account only when nothing else is possible.
      return paid ? [inmail(input, t), ...invitation(input, t)] : [...invitation(input, t), inmail(input, t)];
  }
}

/** Ranked suggestions for one person, best first; empty when nothing should be sent. */
export function recommend(input: RecommendInput, t: Translate = translate): Suggestion[] {
  const suggestions = pendingBusiness(input, t) ?? newAsk(input, t);
  const [first] = suggestions;
  if (first && input.top20) first.reason = t('why.top20', { reason: first.reason });
  // One entry per kind + channel + mutual + action: the warm and 1st-degree lists can overlap.
  const seen = new Set<string>();
  return suggestions.filter((s) => {
    const key = `${s.kind}|${s.channel}|${s.viaMutual ?? ''}|${s.action ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
