// The shapes that cross between contexts: what the content script reports, what the pages ask
// the background to write, and what comes back. Request bodies are schemas (the background
// checks them on receipt, src/messages.ts); replies are types built from the records.
import * as v from 'valibot';
import { CountSchema, DaySchema, IdSchema, nullableText, ProfileUrlSchema, text } from './fields';
import { type Contact, ContactSchema, type Outreach, OutreachFields } from './records';
import { DEGREES, PAGE_PROFILE_LIMITS } from './vocabulary';

/** What the content script read from the profile on screen. */
export const PageProfileSchema = v.object({
  profileUrl: ProfileUrlSchema,
  name: nullableText(PAGE_PROFILE_LIMITS.name),
  headline: nullableText(PAGE_PROFILE_LIMITS.headline),
  company: nullableText(PAGE_PROFILE_LIMITS.company),
  degree: v.nullable(v.picklist(DEGREES)),
  self: v.boolean(),
  mutualCount: CountSchema,
  mutualNames: v.pipe(
    v.array(text(PAGE_PROFILE_LIMITS.mutualName)),
    v.maxLength(PAGE_PROFILE_LIMITS.mutuals),
  ),
  canConnect: v.boolean(),
  pending: v.boolean(),
  inviteNoteLimit: v.nullable(CountSchema),
});
export type PageProfile = v.InferOutput<typeof PageProfileSchema>;

/** A hand edit of a contact: any of the fields a person can correct. */
export const ContactEditSchema = v.partial(
  v.pick(ContactSchema, [
    'name',
    'headline',
    'company',
    'role',
    'degree',
    'mutualCount',
    'mutualNames',
    'relationship',
    'howWeKnow',
    'reach',
    'email',
    'notes',
    'lastContactedOn',
    'connectedOn',
  ]),
);
export type ContactEdit = v.InferOutput<typeof ContactEditSchema>;

/** A warm contact added by hand: no LinkedIn profile needed. */
export const NewWarmContactSchema = v.object({
  ...v.pick(ContactSchema, [
    'relationship',
    'reach',
    'howWeKnow',
    'company',
    'role',
    'lastContactedOn',
    'notes',
  ]).entries,
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'a name'), v.maxLength(500)),
});
export type NewWarmContact = v.InferOutput<typeof NewWarmContactSchema>;

/** "Log as sent". */
export const LogRequestSchema = v.object({
  /** Idempotency key: the same draft (or retried message) logs once. */
  requestId: IdSchema,
  ...v.pick(OutreachFields, ['contactId', 'kind', 'channel', 'templateId', 'viaMutual']).entries,
  note: v.optional(OutreachFields.entries.note),
});
export type LogRequest = v.InferOutput<typeof LogRequestSchema>;

/** What a hand edit of a logged entry may change. */
export const OutreachEditSchema = v.partial(v.pick(OutreachFields, ['kind', 'channel', 'note', 'viaMutual']));
export type OutreachEdit = v.InferOutput<typeof OutreachEditSchema>;

/** How long each text of a Connections.csv row may be: the importer cuts or drops what is longer. */
export const CONNECTION_ROW_LIMITS = {
  firstName: 300,
  lastName: 300,
  email: 320,
  company: 500,
  position: 500,
} as const;

/** One row of LinkedIn's Connections.csv, as the importer reads it and the background stores it. */
export const ConnectionRowSchema = v.object({
  firstName: text(CONNECTION_ROW_LIMITS.firstName),
  lastName: text(CONNECTION_ROW_LIMITS.lastName),
  profileUrl: v.nullable(ProfileUrlSchema),
  email: nullableText(CONNECTION_ROW_LIMITS.email),
  company: text(CONNECTION_ROW_LIMITS.company),
  position: text(CONNECTION_ROW_LIMITS.position),
  connectedOn: v.nullable(DaySchema),
});
export type ConnectionRow = v.InferOutput<typeof ConnectionRowSchema>;

export interface ContactView {
  contact: Contact;
  lastOutreach: Outreach | null;
}

export interface TodayView {
  day: string;
  actions: number;
  actionsTarget: number;
  chatsThisWeek: number;
  chatsPerWeekTarget: number;
  invitationsThisWeek: number;
  invitationCap: number;
}

export interface ImportSummary {
  contactsAdded: number;
  contactsMerged: number;
  outreachAdded: number;
  outreachSkipped: number;
  opportunitiesAdded: number;
  templatesAdded: number;
}

export interface ConnectionsSummary {
  added: number;
  updated: number;
  unchanged: number;
}

// ── Extension pages → the content script in a LinkedIn tab (tabs.sendMessage).

export interface PageReadView {
  url: string;
  page: 'profile' | 'search' | 'mynetwork' | 'messaging' | 'other';
  /** The profile on screen, when it could be read. */
  profile: PageProfile | null;
  /** Why fields are missing ("can't read this page" when nothing could be read). */
  missing: { field: string; reason: string }[];
}

export interface InsertResult {
  ok: boolean;
  /** Which box received the text, or what the user should open first. */
  target: 'message' | 'inmail' | 'invitation' | 'none';
  strategy: string | null;
  hint: string | null;
}

export type ContentRequest =
  | { type: 'content.read' }
  | { type: 'content.insert'; text: string; subject: string | null };

export interface ContentResponses {
  'content.read': PageReadView;
  'content.insert': InsertResult;
}
