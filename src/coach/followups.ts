// What is due: the small, time-bound follow-through that turns outreach into chats. A
// thank-you after a held chat (to the person met) and the update to the mutual who introduced
// them, 3B7 after silence (business days: a second person at the company after 3, one
// follow-up after 7 — an intro request's goes to the mutual — then let go), the Top 20 not yet
// asked, and old ties worth a reconnect note. One item per person (the most pressing), sorted so
// the list reads as a to-do for today. The popup's suggestions follow the same rules (recommend.ts).

import type { Contact, DayKey, Outreach, OutreachKind } from '../model';
import { addBusinessDays, addDays, daysBetween } from './days';
import { plural, type Translate, translate } from './messages';

export type DueType =
  | 'thank-you'
  | 'intro-update'
  | 'follow-up'
  | 'second-person'
  | 'let-go'
  | 'top20'
  | 'reconnect';

export interface DueItem {
  type: DueType;
  contactId: string;
  dueOn: DayKey;
  reason: string;
  /** The outreach the item is about (follow-up, thank-you). */
  outreachId?: string;
  /** For 'second-person': who to try instead. */
  otherContactId?: string;
}

export interface DueInput {
  today: DayKey;
  contacts: Contact[];
  outreach: Outreach[];
  /** Business days of silence before one follow-up (the 7 of 3B7). */
  followUpAfterDays: number;
  /** Business days of silence before trying a second person at the company (the 3). */
  secondPersonAfterDays?: number;
  /** Also list items due within this many days (for reminders); default 0 = due by today. */
  horizonDays?: number;
  /** At most this many reconnect candidates (an import can hold thousands); default 10. */
  reconnectLimit?: number;
}

/** Most pressing first: a thank-you is owed, a follow-up is a courtesy, the rest is new. */
const PRIORITY: Record<DueType, number> = {
  'thank-you': 0,
  'intro-update': 1,
  'follow-up': 2,
  'let-go': 3,
  'second-person': 4,
  top20: 5,
  reconnect: 6,
};
const RECONNECT_AFTER_DAYS = 365;
/** Older held chats are history, not a pending thank-you (e.g. chats logged after the fact). */
const THANK_YOU_WINDOW_DAYS = 14;

function byContact(outreach: Outreach[]): Map<string, Outreach[]> {
  const map = new Map<string, Outreach[]>();
  for (const o of outreach) {
    const list = map.get(o.contactId);
    if (list) list.push(o);
    else map.set(o.contactId, [o]);
  }
  for (const list of map.values()) list.sort((a, b) => a.at - b.at);
  return map;
}

/**
 * After each chat held recently: the thank-you to whom the chat was with (for an intro, the
 * person met, not the mutual written to) and, for an intro, the update to the mutual.
 */
function afterChats(
  outreach: Outreach[],
  outreachBy: Map<string, Outreach[]>,
  today: DayKey,
  t: Translate,
): DueItem[] {
  const items: DueItem[] = [];
  for (const o of outreach) {
    if (o.kind === 'thank-you' || o.kind === 'intro-update') continue;
    const held = o.history.find((step) => step.status === 'chat-held');
    if (!held || daysBetween(held.day, today) > THANK_YOU_WINDOW_DAYS) continue;
    const sentAfter = (contactId: string, kind: OutreachKind) =>
      (outreachBy.get(contactId) ?? []).some((x) => x.kind === kind && x.at >= held.at);
    const met = o.aboutId ?? o.contactId;
    const dueOn = addDays(held.day, 1);
    if (!sentAfter(met, 'thank-you'))
      items.push({ type: 'thank-you', contactId: met, dueOn, reason: t('due.thankYou'), outreachId: o.id });
    if (o.aboutId && !sentAfter(o.contactId, 'intro-update'))
      items.push({
        type: 'intro-update',
        contactId: o.contactId,
        dueOn,
        reason: t('due.introUpdate'),
        outreachId: o.id,
      });
  }
  return items;
}

function silenceDue(
  list: Outreach[],
  input: DueInput,
  names: Map<string, Contact>,
  colleagues: (contactId: string) => Contact[],
  t: Translate,
): DueItem[] {
  // Only the latest outreach counts: anything sent after an ask (a follow-up, or a new try
  // on another channel) means the ask has been followed up already.
  const last = list[list.length - 1];
  if (last?.status !== 'sent' || last.kind === 'thank-you' || last.kind === 'intro-update') return [];
  // A pending invitation cannot take a message until accepted; recommend() covers it.
  if (last.kind === 'invitation-note') return [];
  const followAfter = input.followUpAfterDays;
  const span = (n: number) => plural(t, 'unit.businessDays', n);
  const base = { contactId: last.contactId, outreachId: last.id };
  if (last.kind === 'follow-up') {
    return [
      { ...base, type: 'let-go', dueOn: addBusinessDays(last.day, followAfter), reason: t('due.letGo') },
    ];
  }
  const about = last.aboutId ? names.get(last.aboutId)?.name : undefined;
  const items: DueItem[] = [
    {
      ...base,
      type: 'follow-up',
      dueOn: addBusinessDays(last.day, followAfter),
      reason: about
        ? t('due.followUpIntro', { days: span(followAfter), person: about })
        : t('due.followUp', { days: span(followAfter) }),
    },
  ];
  const secondAfter = Math.min(input.secondPersonAfterDays ?? 3, followAfter);
  const [other] = last.kind === 'intro-request' ? [] : colleagues(last.contactId);
  if (other) {
    items.push({
      ...base,
      type: 'second-person',
      dueOn: addBusinessDays(last.day, secondAfter),
      otherContactId: other.id,
      reason: t('due.secondPerson', {
        days: span(secondAfter),
        person: names.get(last.contactId)?.name ?? '',
        other: other.name,
      }),
    });
  }
  return items;
}

function lastTouch(contact: Contact, list: Outreach[]): DayKey | null {
  const lastOutreach = list[list.length - 1]?.day ?? null;
  const candidates = [contact.lastContactedOn, lastOutreach].filter((d): d is DayKey => d !== null);
  return candidates.sort().at(-1) ?? null;
}

function reconnectDue(contact: Contact, list: Outreach[], t: Translate): DueItem | null {
  const since = lastTouch(contact, list) ?? contact.connectedOn;
  if (since === null) return null;
  const dueOn = addDays(since, RECONNECT_AFTER_DAYS);
  const key = lastTouch(contact, list) === null ? 'due.reconnectConnected' : 'due.reconnectContacted';
  return { type: 'reconnect', contactId: contact.id, dueOn, reason: t(key, { year: since.slice(0, 4) }) };
}

/** Reconnects are many after an import: the user's own ties (warm, Top 20) rank first. */
const closeness = (c: Contact | undefined): number =>
  !c ? 3 : c.top20Rank !== null ? 0 : c.relationship !== null || c.source === 'warm' ? 1 : 2;

export function dueItems(input: DueInput, t: Translate = translate): DueItem[] {
  const { today, contacts } = input;
  const until = addDays(today, input.horizonDays ?? 0);
  const outreachBy = byContact(input.outreach);
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const best = new Map<string, DueItem>();
  const offer = (item: DueItem | null): void => {
    if (!item || item.dueOn > until) return;
    const current = best.get(item.contactId);
    if (!current || PRIORITY[item.type] < PRIORITY[current.type]) best.set(item.contactId, item);
  };

  const byCompany = new Map<string, Contact[]>();
  for (const c of contacts) {
    const key = c.company?.trim().toLocaleLowerCase();
    if (key) byCompany.set(key, [...(byCompany.get(key) ?? []), c]);
  }
  const colleagues = (contactId: string): Contact[] => {
    const key = contactById.get(contactId)?.company?.trim().toLocaleLowerCase();
    return (key ? (byCompany.get(key) ?? []) : []).filter(
      (c) => c.id !== contactId && c.lastContactedOn === null && !outreachBy.has(c.id),
    );
  };
  for (const item of afterChats(input.outreach, outreachBy, today, t)) {
    if (contactById.has(item.contactId)) offer(item);
  }
  for (const [contactId, list] of outreachBy) {
    if (!contactById.has(contactId)) continue; // outreach of a deleted contact
    for (const item of silenceDue(list, input, contactById, colleagues, t)) offer(item);
  }
  const reconnects: DueItem[] = [];
  for (const contact of contacts) {
    const list = outreachBy.get(contact.id) ?? [];
    if (contact.top20Rank !== null && list.length === 0 && contact.lastContactedOn === null) {
      offer({
        type: 'top20',
        contactId: contact.id,
        dueOn: today,
        reason: t('due.top20', { rank: contact.top20Rank }),
      });
      continue;
    }
    if (best.has(contact.id)) continue;
    const item = reconnectDue(contact, list, t);
    if (item && item.dueOn <= until) reconnects.push(item);
  }
  reconnects
    .sort(
      (a, b) =>
        closeness(contactById.get(a.contactId)) - closeness(contactById.get(b.contactId)) ||
        (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0),
    )
    .slice(0, input.reconnectLimit ?? 10)
    .forEach(offer);

  const rank = (item: DueItem): number =>
    contactById.get(item.contactId)?.top20Rank ?? Number.MAX_SAFE_INTEGER;
  return [...best.values()].sort(
    (a, b) =>
      PRIORITY[a.type] - PRIORITY[b.type] ||
      (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) ||
      rank(a) - rank(b) ||
      a.contactId.localeCompare(b.contactId),
  );
}
