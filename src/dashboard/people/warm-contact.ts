// The "add a warm contact" form's rules, pure so they are tested without a DOM.
import { isValidDay } from '../../coach/days';
import type { RequestOf } from '../../messages';
import { type DayKey, RELATIONSHIPS, type Relationship } from '../../model';

export interface WarmContactFields {
  name: string;
  relationship: string;
  reach: string;
  howWeKnow: string;
  company: string;
  notes: string;
  lastContactedOn: string;
}

export const EMPTY_WARM_CONTACT: WarmContactFields = {
  name: '',
  relationship: 'friend',
  reach: '',
  howWeKnow: '',
  company: '',
  notes: '',
  lastContactedOn: '',
};

export type WarmContactCheck =
  | { ok: true; contact: RequestOf<'contact.create'>['contact'] }
  | { ok: false; field: 'name' | 'lastContactedOn'; problem: 'nameMissing' | 'dayInvalid' | 'dayFuture' };

const orNull = (text: string): string | null => text.trim() || null;

export function checkWarmContact(fields: WarmContactFields, today: DayKey): WarmContactCheck {
  const name = fields.name.trim();
  if (!name) return { ok: false, field: 'name', problem: 'nameMissing' };
  const day = fields.lastContactedOn.trim();
  if (day && !isValidDay(day)) return { ok: false, field: 'lastContactedOn', problem: 'dayInvalid' };
  if (day && day > today) return { ok: false, field: 'lastContactedOn', problem: 'dayFuture' };
  const relationship = (RELATIONSHIPS as readonly string[]).includes(fields.relationship)
    ? (fields.relationship as Relationship)
    : null;
  return {
    ok: true,
    contact: {
      name,
      relationship,
      reach: orNull(fields.reach),
      howWeKnow: orNull(fields.howWeKnow),
      company: orNull(fields.company),
      role: null,
      lastContactedOn: day || null,
      notes: fields.notes.trim(),
    },
  };
}
