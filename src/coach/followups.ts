// What is due: the small, time-bound follow-through that turns outreach into chats. A
// thank-you after a held chat, one follow-up after silence, the Top 20 not yet asked, and
// old ties worth a reconnect note. One item per person (the most pressing), sorted so the
// list reads as a to-do for today.

import type { Contact, DayKey, Outreach, OutreachKind } from '../model';
import { addDays, daysBetween } from './days';
import { type Translate, translate } from './messages';

export type DueType = 'thank-you' | 'follow-up' | 'top20' | 'reconnect';

export interface DueItem {
  type: DueType;
  contactId: string;
  dueOn: DayKey;
  reason: string;
  /** The outreach the item is about (follow-up, thank-you). */
  outreachId?: string;
}

export interface DueInput {
  today: DayKey;
  contacts: Contact[];
  outreach: Outreach[];
  followUpAfterDays: number;
  /** Also list items due within this many days (for reminders); default 0 = due by today. */
  horizonDays?: number;
  /** At most this many reconnect candidates (an import can hold thousands); default 10. */
  reconnectLimit?: number;
}

/** Most pressing first: a thank-you is owed, a follow-up is a courtesy, the rest is new. */
const PRIORITY: Record<DueType, number> = { 'thank-you': 0, 'follow-up': 1, top20: 2, reconnect: 3 };
const RECONNECT_AFTER_DAYS = 365;
/** Older held chats are history, not a pending thank-you (e.g. chats logged after the fact). */
const THANK_YOU_WINDOW_DAYS = 14;
/** Follow-ups do not get follow-ups, and a thank-you or an intro update expects no reply. */
const NOT_ASKS: ReadonlySet<OutreachKind> = new Set(['follow-up', 'thank-you', 'intro-update']);

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

function thankYouDue(list: Outreach[], today: DayKey, t: Translate): DueItem | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const o = list[i];
    const held = o?.history.find((step) => step.status === 'chat-held');
    if (!o || !held) continue;
    if (daysBetween(held.day, today) > THANK_YOU_WINDOW_DAYS) return null;
    const thanked = list.some((x) => x.kind === 'thank-you' && x.at >= held.at);
    if (thanked) return null;
    return {
      type: 'thank-you',
      contactId: o.contactId,
      dueOn: addDays(held.day, 1),
      reason: t('due.thankYou'),
      outreachId: o.id,
    };
  }
  return null;
}

function followUpDue(list: Outreach[], afterDays: number, t: Translate): DueItem | null {
  // Only the latest outreach counts: anything sent after an ask (a follow-up, or a new try
  // on another channel) means the ask has been followed up already.
  const last = list[list.length - 1];
  if (last?.status !== 'sent' || NOT_ASKS.has(last.kind)) return null;
  // A pending invitation cannot take a message until accepted; recommend() covers it.
  if (last.kind === 'invitation-note') return null;
  const reason = t('due.followUp', { days: afterDays });
  return {
    type: 'follow-up',
    contactId: last.contactId,
    dueOn: addDays(last.day, afterDays),
    reason,
    outreachId: last.id,
  };
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

  for (const [contactId, list] of outreachBy) {
    if (!contactById.has(contactId)) continue; // outreach of a deleted contact
    offer(thankYouDue(list, today, t));
    offer(followUpDue(list, input.followUpAfterDays, t));
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
