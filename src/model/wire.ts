// The shapes that cross between contexts: what the content script reports, what the pages ask
// the background to write, and what comes back. Request bodies are schemas (the background
// checks them on receipt, src/messages.ts); replies are types built from the records.
import * as v from 'valibot';
import type { Suggestion } from './advice';
import { CountSchema, DaySchema, IdSchema, nullableText, ProfileUrlSchema, TimeSchema, text } from './fields';
import {
  ClockTimeSchema,
  type Contact,
  ContactSchema,
  type Draft,
  type Outreach,
  OutreachFields,
  TimeZoneSchema,
} from './records';
import { CHANNELS, DEGREES, LEAD_KINDS, OUTREACH_KINDS, PAGE_PROFILE_LIMITS } from './vocabulary';

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
  /** LinkedIn's list of the mutual connections (a people search), when the page links it. */
  mutualsUrl: v.optional(
    v.nullable(
      v.pipe(v.string(), v.regex(/^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/search\//), v.maxLength(2000)),
    ),
    null,
  ),
});
/** As the content script builds it (fields with a default may be left out). */
export type PageProfile = v.InferInput<typeof PageProfileSchema>;

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

/** Someone a message goes to who may not be a contact yet: the mutual asked for an intro. */
export const RecipientSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
  profileUrl: v.nullable(ProfileUrlSchema),
});
export type Recipient = v.InferOutput<typeof RecipientSchema>;

/** "Log as sent". */
export const LogRequestSchema = v.object({
  /** Idempotency key: the same draft (or retried message) logs once. */
  requestId: IdSchema,
  ...v.pick(OutreachFields, ['contactId', 'kind', 'channel', 'templateId', 'viaMutual', 'aboutId']).entries,
  /**
   * Set when the message went to someone other than `contactId` (the mutual asked for an intro
   * to them): that person becomes the recipient, and `contactId` what it was about.
   */
  to: v.optional(v.nullable(RecipientSchema), null),
  note: v.optional(OutreachFields.entries.note),
  /** The local day it happened, when logged after the fact (a call made yesterday). */
  day: v.optional(v.nullable(DaySchema), null),
  /** The composer's draft for `contactId` is removed in the same transaction (nothing stale). */
  discardDraft: v.optional(v.boolean(), false),
});
export type LogRequest = v.InferInput<typeof LogRequestSchema>;
export type CheckedLogRequest = v.InferOutput<typeof LogRequestSchema>;

/** What a hand edit of a logged entry may change. */
export const OutreachEditSchema = v.partial(
  v.pick(OutreachFields, ['kind', 'channel', 'note', 'viaMutual', 'day']),
);
export type OutreachEdit = v.InferOutput<typeof OutreachEditSchema>;

/** "Schedule": the day, time and place (or link) of the chat a reply led to. */
export const ScheduleChatSchema = v.object({
  /** The outreach that got the reply. */
  outreachId: IdSchema,
  day: DaySchema,
  time: ClockTimeSchema,
  durationMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(480)), 30),
  /** The user's zone when they scheduled it: the calendar file keeps the chat at that wall time. */
  timeZone: TimeZoneSchema,
  where: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000)), ''),
});
export type ScheduleChat = v.InferInput<typeof ScheduleChatSchema>;
export type CheckedScheduleChat = v.InferOutput<typeof ScheduleChatSchema>;

/** Someone a person met suggested the user talk to, or introduced them to. */
export const LeadInputSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'a name'), v.maxLength(500)),
  profileUrl: v.optional(v.nullable(ProfileUrlSchema), null),
  company: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(500))), null),
  kind: v.picklist(LEAD_KINDS),
});
export type LeadInput = v.InferInput<typeof LeadInputSchema>;

/** "How did it go": the chat is marked held, with what it gave. */
export const ChatDebriefSchema = v.object({
  outreachId: IdSchema,
  notes: v.optional(v.pipe(v.string(), v.maxLength(20_000)), ''),
  /** What the chat taught about the story: added to the lessons log. */
  lesson: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(5000)), ''),
  leads: v.optional(v.pipe(v.array(LeadInputSchema), v.maxLength(20)), []),
});
export type ChatDebrief = v.InferInput<typeof ChatDebriefSchema>;
export type CheckedChatDebrief = v.InferOutput<typeof ChatDebriefSchema>;

/**
 * The day's session timer, kept in storage.local so it survives the page (or the side panel)
 * closing: no background timer runs; what is left is computed from these timestamps.
 */
export const SessionTimerSchema = v.object({
  day: DaySchema,
  totalMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Left when last paused (or the whole when never started). */
  remainingMs: v.pipe(v.number(), v.minValue(0)),
  /** When it was last started; null while paused. */
  startedAt: v.nullable(TimeSchema),
  /** The user closed the session (or the time ran out and they saw the summary). */
  ended: v.boolean(),
});
export type SessionTimer = v.InferOutput<typeof SessionTimerSchema>;

/** An unsent draft with the person it is for, for the list of drafts waiting. */
export interface DraftEntry {
  draft: Draft;
  /** Null for a draft kept under a profile address before the person was saved. */
  contactId: string | null;
  name: string;
  profileUrl: string | null;
}

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

/** A mutual connection of the person on screen, and where the user can find them. */
export interface MutualView {
  name: string;
  /** Their contact, when the user has one by that name. */
  contactId: string | null;
  profileUrl: string | null;
  /** A LinkedIn people search for the name among the user's connections (for the user to click). */
  searchUrl: string;
}

/** A person as every screen shows them: the record, their history's latest, and the coach's advice. */
export interface ContactView {
  contact: Contact;
  /** The latest message sent to them. */
  lastOutreach: Outreach | null;
  /** The latest message about them sent to a mutual. */
  lastAbout?: Outreach | null;
  /** Whom `lastOutreach` was about, when they were asked to introduce the user to someone. */
  about?: Contact | null;
  mutuals?: MutualView[];
  /** What to send whom, best first (computed once, in the background). */
  suggestions?: Suggestion[];
}

/** What the on-page badge shows, and all a content script receives about a person. */
export const BadgeViewSchema = v.object({
  degree: v.nullable(v.picklist(DEGREES)),
  mutualCount: v.nullable(CountSchema),
  top20: v.boolean(),
  lastContactedOn: v.nullable(DaySchema),
  suggestion: v.nullable(
    v.object({
      kind: v.picklist(OUTREACH_KINDS),
      channel: v.picklist(CHANNELS),
      to: v.picklist(['person', 'mutual']),
      viaMutual: v.nullable(text(300)),
      waitDays: v.nullable(CountSchema),
      action: v.nullable(v.string()),
      needsPremium: v.boolean(),
    }),
  ),
});
export type BadgeView = v.InferOutput<typeof BadgeViewSchema>;

export interface TodayView {
  day: string;
  actions: number;
  actionsTarget: number;
  chatsThisWeek: number;
  chatsPerWeekTarget: number;
  invitationsThisWeek: number;
  invitationCap: number;
  /** Personalized invitation notes left this month on a free account; null with Premium. */
  notesLeft?: number | null;
  noteAllowance?: number | null;
}

export interface ImportSummary {
  contactsAdded: number;
  contactsMerged: number;
  outreachAdded: number;
  outreachSkipped: number;
  opportunitiesAdded: number;
  templatesAdded: number;
}

/** What a backup import did. Entries kept under stand-ins are counted in `outreachAdded` too. */
export interface BackupImportSummary extends ImportSummary {
  /** Stand-in contacts made for people the file's entries point at but the file lacks. */
  unknownContacts: number;
  /** Entries kept under those stand-ins. */
  outreachUnderUnknown: number;
}

export interface ConnectionsSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/** Who is in the conversation the user opened, and who wrote last — never what anyone wrote. */
export const PageThreadSchema = v.object({
  with: v.pipe(
    v.array(
      v.object({
        name: v.nullable(text(PAGE_PROFILE_LIMITS.name)),
        profileUrl: v.nullable(ProfileUrlSchema),
      }),
    ),
    v.maxLength(50),
  ),
  fromMe: CountSchema,
  fromThem: CountSchema,
  lastFrom: v.nullable(v.picklist(['me', 'them'])),
});
export type PageThread = v.InferInput<typeof PageThreadSchema>;

/** People-search results as the page shows them (at most 50: one page of results and some). */
export const PageSearchSchema = v.pipe(
  v.array(
    v.object({
      name: text(PAGE_PROFILE_LIMITS.name),
      profileUrl: ProfileUrlSchema,
      degree: v.nullable(v.picklist(DEGREES)),
      mutualCount: CountSchema,
      mutualNames: v.pipe(
        v.array(text(PAGE_PROFILE_LIMITS.mutualName)),
        v.maxLength(PAGE_PROFILE_LIMITS.mutuals),
      ),
    }),
  ),
  v.maxLength(50),
);
export type PageSearchResult = v.InferInput<typeof PageSearchSchema>[number];

/** What a search page's badges may show of the people the user knows: no notes, no history. */
export const SearchNoticeSchema = v.object({
  known: v.array(
    v.object({
      profileUrl: ProfileUrlSchema,
      top20: v.boolean(),
      lastContactedOn: v.nullable(DaySchema),
    }),
  ),
});
export type SearchNotice = v.InferOutput<typeof SearchNoticeSchema>;

/** One result as the popup lists it: the coach's channel for them, and whether they are in the Top 20. */
export interface SearchEntry {
  result: PageSearchResult;
  contactId: string | null;
  top20: boolean;
  lastContactedOn: string | null;
  suggestion: Suggestion | null;
}

/** What the page may show about a conversation: a reply to an outreach that waits for one. */
export const ThreadNoticeSchema = v.object({
  reply: v.nullable(
    v.object({
      /** The person who replied, as the user knows them. */
      name: text(500),
      outreachId: IdSchema,
      /** Marked already (the setting), so the page offers an undo. */
      marked: v.boolean(),
    }),
  ),
});
export type ThreadNotice = v.InferOutput<typeof ThreadNoticeSchema>;

/** What the page may show after the user's own Send logged a message. */
export const SendNoticeSchema = v.object({
  logged: v.nullable(v.object({ name: text(500), requestId: IdSchema })),
});
export type SendNotice = v.InferOutput<typeof SendNoticeSchema>;

// ── Extension pages → the content script in a LinkedIn tab (tabs.sendMessage).

export interface PageReadView {
  url: string;
  page: 'profile' | 'search' | 'mynetwork' | 'messaging' | 'other';
  /** The profile on screen, when it could be read. */
  profile: PageProfile | null;
  /** Why fields are missing ("can't read this page" when nothing could be read). */
  missing: { field: string; reason: string }[];
  /** The conversation open on the page (messaging page or overlay), when there is one. */
  thread?: PageThread | null;
  /** People-search results on the page, when it is a search. */
  search?: PageSearchResult[];
}

export interface InsertResult {
  ok: boolean;
  /** Which box received the text, or what the user should open first. */
  target: 'message' | 'inmail' | 'invitation' | 'none';
  strategy: string | null;
  hint: string | null;
  /** The open box is a conversation with this person, not the one the message is for: nothing inserted. */
  mismatch?: string | null;
}

export type ContentRequest =
  | { type: 'content.read' }
  | {
      type: 'content.insert';
      text: string;
      subject: string | null;
      /** Who the message is for, checked against the open box's conversation. */
      recipient?: Recipient | null;
      /** The user saw the mismatch and chose to insert anyway. */
      confirmed?: boolean;
      /** Watch for the user's own Send and report this request id when the text leaves the box. */
      expect?: string | null;
    };

export interface ContentResponses {
  'content.read': PageReadView;
  'content.insert': InsertResult;
}
