// The stored records: one valibot schema each, and the TypeScript type inferred from it. What a
// backup file must hold before anything of it is written, what the background stores, and what
// the UIs read are the same shapes, written once.
import * as v from 'valibot';
import { CountSchema, DaySchema, IdSchema, nullableText, ProfileUrlSchema, TimeSchema, text } from './fields';
import {
  CHANNELS,
  CONTACT_SOURCES,
  type DayKey,
  DEGREES,
  LEAD_KINDS,
  OUTREACH_KINDS,
  OUTREACH_STATUSES,
  PIPELINE_STAGES,
  RELATIONSHIPS,
  TEMPLATE_LANGUAGES,
} from './vocabulary';

const nullableDay = v.nullable(DaySchema);
const DegreeSchema = v.nullable(v.picklist(DEGREES));

export const ContactSchema = v.object({
  id: IdSchema,
  name: text(500),
  /** Canonical `https://www.linkedin.com/in/<slug>/`, or null for a warm contact off LinkedIn. */
  profileUrl: v.nullable(ProfileUrlSchema),
  headline: nullableText(2000),
  company: nullableText(500),
  role: nullableText(500),
  degree: DegreeSchema,
  mutualCount: v.nullable(CountSchema),
  mutualNames: v.pipe(v.array(text(300)), v.maxLength(50)),
  source: v.picklist(CONTACT_SOURCES),
  relationship: v.nullable(v.picklist(RELATIONSHIPS)),
  /** How the user knows them, in the user's words ("we worked together at Acme"). */
  howWeKnow: nullableText(1000),
  /** How to reach them off LinkedIn (email, phone…), free text. */
  reach: nullableText(500),
  email: nullableText(320),
  /** 1-based rank in the Top 20, or null. */
  top20Rank: v.nullable(v.pipe(CountSchema, v.minValue(1), v.maxValue(20))),
  connectedOn: nullableDay,
  lastContactedOn: nullableDay,
  notes: text(20_000),
  /** An invitation to them was pending when their profile was last read. */
  invitationPending: v.optional(v.boolean(), false),
  /** Their profile offered Connect when last read (not 1st degree, no invitation out). */
  canConnect: v.optional(v.boolean(), false),
  /** Fields the user set by hand; page reads never overwrite them. */
  userEdited: v.array(text(40)),
  /** The contact who opened this door: named them in a chat, or introduced the user. */
  suggestedBy: v.optional(v.nullable(IdSchema), null),
  /** How `suggestedBy` opened it. */
  leadKind: v.optional(v.nullable(v.picklist(LEAD_KINDS)), null),
  createdAt: TimeSchema,
  updatedAt: TimeSchema,
});
export type Contact = v.InferOutput<typeof ContactSchema>;

export const StatusStepSchema = v.object({
  status: v.picklist(OUTREACH_STATUSES),
  at: TimeSchema,
  day: DaySchema,
});
export type StatusStep = v.InferOutput<typeof StatusStepSchema>;

/** The day a chat was held: `heldOn`, or the history step of records written before it existed. */
export function heldDayOf(o: {
  heldOn?: DayKey | null | undefined;
  history: readonly { status: string; day: DayKey }[];
}): DayKey | null {
  return o.heldOn ?? o.history.find((s) => s.status === 'chat-held')?.day ?? null;
}

/** An outreach entry as it is written: the fields the log and a hand edit share. */
export const OutreachFields = v.object({
  id: IdSchema,
  contactId: IdSchema,
  kind: v.picklist(OUTREACH_KINDS),
  channel: v.picklist(CHANNELS),
  templateId: nullableText(100),
  /** For intro requests: the mutual connection asked. */
  viaMutual: nullableText(300),
  /**
   * Whom a message to someone else was about: an intro request (and its follow-up and the update
   * after) goes to the mutual (`contactId`) and is about the person to meet (`aboutId`).
   */
  aboutId: v.optional(v.nullable(IdSchema), null),
  at: TimeSchema,
  day: DaySchema,
  status: v.picklist(OUTREACH_STATUSES),
  history: v.array(StatusStepSchema),
  /** Local day the chat was held, once it was: what the weekly chat count and the goal count. */
  heldOn: v.optional(nullableDay, null),
  /** The person's degree when this was sent (it changes once an invitation is accepted). */
  degreeAtSend: v.optional(DegreeSchema, null),
  note: text(5000),
});

export const OutreachSchema = v.pipe(
  OutreachFields,
  // A record from a backup that knew only the status history still lands on the day the chat
  // was held: the held-chat index (goal progress, pace) is built on heldOn.
  v.transform((o) => ({ ...o, heldOn: heldDayOf(o) })),
);
export type Outreach = v.InferOutput<typeof OutreachSchema>;

export const OpportunitySchema = v.object({
  id: IdSchema,
  contactIds: v.array(IdSchema),
  title: text(300),
  stage: v.picklist(PIPELINE_STAGES),
  /** Position within its stage column. */
  order: v.number(),
  stageHistory: v.array(v.object({ stage: v.picklist(PIPELINE_STAGES), at: TimeSchema })),
  notes: text(20_000),
  createdAt: TimeSchema,
  updatedAt: TimeSchema,
});
export type Opportunity = v.InferOutput<typeof OpportunitySchema>;

export const UserTemplateSchema = v.object({
  id: IdSchema,
  /** The shipped template it was made from, if any ("reset to built-in"). */
  basedOn: nullableText(100),
  title: text(200),
  kind: v.picklist(OUTREACH_KINDS),
  channel: v.picklist(CHANNELS),
  subject: nullableText(500),
  body: text(20_000),
  maxLength: v.nullable(CountSchema),
  updatedAt: TimeSchema,
});
export type UserTemplate = v.InferOutput<typeof UserTemplateSchema>;

/** `HH:MM`, 24-hour. */
export const ClockTimeSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 14:30'));
/** An IANA time-zone name as Intl reports it ("Europe/Berlin"). */
export const TimeZoneSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_+\-/]{1,64}$/, 'a time zone'));

/**
 * A coffee chat: the outreach that led to it (one chat per outreach, keyed by its id), when and
 * where, and what the user took from it. The person met is `contactId` — for an intro request
 * the person it was about, not the mutual written to.
 */
export const ChatSchema = v.object({
  outreachId: IdSchema,
  contactId: IdSchema,
  day: DaySchema,
  /** Null when the chat was never scheduled here (marked held straight from a reply). */
  time: v.nullable(ClockTimeSchema),
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(480)),
  timeZone: TimeZoneSchema,
  /** A place ("Café Einstein") or a video-call link. */
  where: text(1000),
  /** "How did it go", after. */
  notes: text(20_000),
  heldAt: v.nullable(TimeSchema),
  createdAt: TimeSchema,
  updatedAt: TimeSchema,
});
export type Chat = v.InferOutput<typeof ChatSchema>;

/** The user's own question bank for the prep brief; the default set is used until they edit it. */
export const QuestionBankSchema = v.object({
  questions: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(1000))),
    v.maxLength(100),
  ),
  updatedAt: TimeSchema,
});
export type StoredQuestionBank = v.InferOutput<typeof QuestionBankSchema>;

export const GoalSchema = v.object({
  chatsTarget: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  deadline: DaySchema,
  chatsPerWeek: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  actionsPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200)),
  minutesPerDay: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(600)),
  startedOn: DaySchema,
});
export type Goal = v.InferOutput<typeof GoalSchema>;

export const LessonSchema = v.object({ day: DaySchema, contactId: nullableText(100), text: text(5000) });

export const MeSchema = v.object({
  name: text(300),
  story: text(5000),
  targetRole: text(300),
  targetIndustry: text(300),
  targetCompanies: v.pipe(v.array(text(200)), v.maxLength(50)),
  ask: text(2000),
  /** What each chat taught about the story. */
  lessons: v.array(LessonSchema),
});
export type Me = v.InferOutput<typeof MeSchema>;

export const SettingsSchema = v.object({
  premium: v.boolean(),
  showBadge: v.boolean(),
  /** Business days of silence before one follow-up to the person asked (the 7 of "3B7"). */
  followUpAfterDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)),
  /** Business days of silence before trying a second person at the same company (the 3). */
  secondPersonAfterDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)), 3),
  /** Personalized invitation notes a free account gets a month (LinkedIn says 3 to 5). */
  monthlyNoteAllowance: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)), 5),
  /** A reply seen in a conversation the user opened is marked by itself (with an undo). */
  autoMarkReplies: v.optional(v.boolean(), false),
  /** The user's own click on LinkedIn's Send after an Insert logs the message (with an undo). */
  logOwnSend: v.optional(v.boolean(), true),
  weeklyInvitationCap: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)),
  notifications: v.boolean(),
  language: v.picklist(TEMPLATE_LANGUAGES),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** An unsent message, kept per person until it is sent or discarded. */
export const DraftSchema = v.object({
  /** The contact the draft is for (or `new:<profileUrl>` before the contact exists). */
  key: IdSchema,
  templateId: text(100),
  subject: nullableText(1000),
  body: text(20_000),
  viaMutual: nullableText(300),
  updatedAt: TimeSchema,
});
export type Draft = v.InferOutput<typeof DraftSchema>;

/** Idempotency record: a logged request id points at the outreach it created. */
export const LoggedRequestSchema = v.object({ requestId: IdSchema, outreachId: IdSchema, at: TimeSchema });
export type LoggedRequest = v.InferOutput<typeof LoggedRequestSchema>;

/** The one-of-a-kind records, by their key in the singletons store. */
export interface Singletons {
  goal: Goal;
  me: Me;
  settings: Settings;
  questions: StoredQuestionBank;
}

/** A record with every field; `fields` names the person and where they come from. */
export function newContact(
  fields: Partial<Contact> & Pick<Contact, 'name' | 'source'>,
  now: number,
): Contact {
  return {
    id: crypto.randomUUID(),
    profileUrl: null,
    headline: null,
    company: null,
    role: null,
    degree: null,
    mutualCount: null,
    mutualNames: [],
    relationship: null,
    howWeKnow: null,
    reach: null,
    email: null,
    top20Rank: null,
    connectedOn: null,
    lastContactedOn: null,
    notes: '',
    invitationPending: false,
    canConnect: false,
    userEdited: [],
    suggestedBy: null,
    leadKind: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}
