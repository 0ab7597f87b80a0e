// Today's session queue: what to do in the user's minutes today, most pressing first, each with
// one line saying why now. Built on the due list (3B7 in business days, thank-yous, Top 20,
// reconnects) and adding what only a session needs: chats to write up, replies to turn into a
// chat, drafts waiting, people a chat led to, and profiles the user looked at but never wrote
// to. One item per person. Pure: the background feeds it the records, the views show it.

import type { Chat, Contact, DayKey, Draft, Outreach } from '../model';
import { addDays, dayKey, daysBetween } from './days';
import { type DueItem, type DueType, dueItems } from './followups';
import { relativeDay, type Translate, translate } from './messages';
import { type Streak, streak } from './streak';

export type TodayItemType = 'debrief' | 'reply' | 'draft' | 'lead' | 'seen' | DueType;

export interface TodayItem {
  type: TodayItemType;
  contactId: string;
  /** Why now, one line in the UI language. */
  reason: string;
  dueOn: DayKey;
  /** The outreach the item is about (a follow-up, a thank-you, a chat). */
  outreachId?: string;
  /** For 'second-person': whom to write to instead. */
  otherContactId?: string;
}

export interface TodayInput {
  today: DayKey;
  contacts: Contact[];
  outreach: Outreach[];
  drafts: Draft[];
  chats: Chat[];
  followUpAfterDays: number;
  secondPersonAfterDays?: number;
}

export interface TodayQueue {
  day: DayKey;
  items: TodayItem[];
  /** What falls due tomorrow (for the session's closing summary). */
  tomorrow: TodayItem[];
  /** Chats on today's calendar, by time; and tomorrow's. */
  chatsToday: Chat[];
  chatsTomorrow: Chat[];
  streak: Streak;
}

/** Most pressing first: what happened (a chat, a reply) before what is owed, before what is new. */
export const TODAY_ORDER: readonly TodayItemType[] = [
  'debrief',
  'thank-you',
  'reply',
  'intro-update',
  'follow-up',
  'draft',
  'lead',
  'let-go',
  'second-person',
  'top20',
  'reconnect',
  'seen',
];
const RANK = new Map(TODAY_ORDER.map((type, i) => [type, i]));
const rank = (item: TodayItem): number => RANK.get(item.type) ?? TODAY_ORDER.length;

/** A profile read this recently, with nothing sent, is worth a first message. */
export const SEEN_WITHIN_DAYS = 7;
export const SEEN_LIMIT = 5;
/** A name a chat gave stays fresh this long. */
export const LEAD_FRESH_DAYS = 30;

const byTime = (a: Chat, b: Chat): number => (a.time ?? '').localeCompare(b.time ?? '');

function afterChats(input: TodayInput, byId: Map<string, Outreach>, t: Translate): TodayItem[] {
  const locale = t.locale ?? 'en';
  return input.chats.flatMap((chat): TodayItem[] => {
    const o = byId.get(chat.outreachId);
    if (o?.status !== 'chat-scheduled' || chat.day >= input.today) return [];
    return [
      {
        type: 'debrief',
        contactId: chat.contactId,
        dueOn: chat.day,
        outreachId: o.id,
        reason: t('today.debrief', { when: relativeDay(chat.day, input.today, locale) }),
      },
    ];
  });
}

function replies(input: TodayInput, t: Translate): TodayItem[] {
  // The latest message to each person decides: a reply followed by a new message is handled.
  const latest = new Map<string, Outreach>();
  for (const o of input.outreach) {
    const current = latest.get(o.contactId);
    if (!current || o.at > current.at) latest.set(o.contactId, o);
  }
  return [...latest.values()]
    .filter((o) => o.status === 'replied')
    .map((o) => ({
      type: 'reply' as const,
      contactId: o.aboutId ?? o.contactId,
      dueOn: o.history.at(-1)?.day ?? o.day,
      outreachId: o.id,
      reason: t('today.replied'),
    }));
}

function draftsWaiting(input: TodayInput, known: Set<string>, t: Translate): TodayItem[] {
  const locale = t.locale ?? 'en';
  return [...input.drafts]
    .filter((d) => known.has(d.key))
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((d) => {
      const day = dayKey(d.updatedAt);
      return {
        type: 'draft' as const,
        contactId: d.key,
        dueOn: day,
        reason: t('today.draft', { when: relativeDay(day, input.today, locale) }),
      };
    });
}

const contacted = (c: Contact, touched: Set<string>): boolean =>
  c.lastContactedOn !== null || touched.has(c.id);

function leads(input: TodayInput, touched: Set<string>, t: Translate): TodayItem[] {
  const names = new Map(input.contacts.map((c) => [c.id, c.name]));
  return input.contacts
    .filter((c) => c.suggestedBy && !contacted(c, touched))
    .filter((c) => daysBetween(dayKey(c.createdAt), input.today) <= LEAD_FRESH_DAYS)
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((c) => ({
      type: 'lead' as const,
      contactId: c.id,
      dueOn: dayKey(c.createdAt),
      reason: t(c.leadKind === 'introduced' ? 'today.leadIntroduced' : 'today.leadSuggested', {
        person: names.get(c.suggestedBy ?? '') ?? '',
      }),
    }));
}

function seenNotContacted(input: TodayInput, touched: Set<string>, t: Translate): TodayItem[] {
  const locale = t.locale ?? 'en';
  const since = addDays(input.today, -SEEN_WITHIN_DAYS);
  return input.contacts
    .filter((c) => c.source === 'linkedin' && c.top20Rank === null && !c.suggestedBy)
    .filter((c) => !contacted(c, touched))
    .map((c) => ({ c, day: dayKey(c.updatedAt) }))
    .filter(({ day }) => day >= since && day <= input.today)
    .sort((a, b) => b.c.updatedAt - a.c.updatedAt)
    .slice(0, SEEN_LIMIT)
    .map(({ c, day }) => ({
      type: 'seen' as const,
      contactId: c.id,
      dueOn: day,
      reason: t('today.seen', { when: relativeDay(day, input.today, locale) }),
    }));
}

/** One per person, the most pressing; ties keep the order they came in. */
function onePerPerson(items: TodayItem[]): TodayItem[] {
  const best = new Map<string, TodayItem>();
  for (const item of items) {
    const current = best.get(item.contactId);
    if (!current || rank(item) < rank(current)) best.set(item.contactId, item);
  }
  const order = new Map(items.map((item, i) => [item, i]));
  return [...best.values()].sort((a, b) => rank(a) - rank(b) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

const fromDue = (item: DueItem): TodayItem => ({ ...item });

export function todayQueue(input: TodayInput, t: Translate = translate): TodayQueue {
  const { today } = input;
  const tomorrowDay = addDays(today, 1);
  const known = new Set(input.contacts.map((c) => c.id));
  const byId = new Map(input.outreach.map((o) => [o.id, o]));
  const touched = new Set(input.outreach.flatMap((o) => [o.contactId, ...(o.aboutId ? [o.aboutId] : [])]));
  const base = {
    contacts: input.contacts,
    outreach: input.outreach,
    followUpAfterDays: input.followUpAfterDays,
    secondPersonAfterDays: input.secondPersonAfterDays,
  };
  const dueToday = dueItems({ ...base, today }, t);
  const dueSoon = dueItems({ ...base, today, horizonDays: 1 }, t);
  // A chat held today owes its thank-you within 24 hours: it is on today's list already.
  const thanksNow = dueSoon
    .filter((i) => i.dueOn === tomorrowDay && (i.type === 'thank-you' || i.type === 'intro-update'))
    .map((i) => ({
      ...fromDue(i),
      reason: t(i.type === 'thank-you' ? 'today.thankYouSoon' : 'today.introUpdateSoon'),
    }));

  const items = onePerPerson(
    [
      ...afterChats(input, byId, t),
      ...replies(input, t),
      ...dueToday.map(fromDue),
      ...thanksNow,
      ...draftsWaiting(input, known, t),
      ...leads(input, touched, t),
      ...seenNotContacted(input, touched, t),
    ].filter((item) => known.has(item.contactId)),
  );
  const inToday = new Set(items.map((i) => i.contactId));
  const tomorrow = dueSoon
    .filter((i) => i.dueOn === tomorrowDay && !inToday.has(i.contactId))
    .filter((i) => i.type !== 'thank-you' && i.type !== 'intro-update')
    .map(fromDue);
  const onDay = (day: DayKey) =>
    input.chats
      .filter((c) => c.day === day && byId.get(c.outreachId)?.status === 'chat-scheduled')
      .sort(byTime);
  return {
    day: today,
    items,
    tomorrow,
    chatsToday: onDay(today),
    chatsTomorrow: onDay(tomorrowDay),
    streak: streak(
      input.outreach.map((o) => o.day),
      today,
    ),
  };
}
