// The domain vocabulary shared by every context. Pure types and constant lists only: the
// database schema (src/db/), the coaching logic (src/coach/), the templates and the UIs all
// speak these words, so a new kind or stage is added here once.

/** A local calendar day, `YYYY-MM-DD`, in the user's time zone at the moment of the event. */
export type DayKey = string;

/** How much page text a profile read may carry (the content script cuts longer text). */
export const PAGE_PROFILE_LIMITS = { name: 500, headline: 2000, company: 500, mutualName: 300, mutuals: 50 };

export const DEGREES = [1, 2, 3] as const;
/** 1st, 2nd, or 3 = 3rd-or-beyond; `null` where LinkedIn shows none (own profile, out of network). */
export type Degree = (typeof DEGREES)[number];

export const RELATIONSHIPS = [
  'friend',
  'relative',
  'former-colleague',
  'former-manager',
  'teacher',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const CONTACT_SOURCES = ['linkedin', 'warm', 'imported'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

export const OUTREACH_KINDS = [
  'coffee-chat',
  'inmail',
  'invitation-note',
  'intro-request',
  'reconnect',
  'follow-up',
  'thank-you',
  'intro-update',
] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

export const CHANNELS = [
  'linkedin-message',
  'inmail',
  'invitation',
  'email',
  'phone',
  'text',
  'in-person',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** The life of one outreach; the history keeps every step with its time. */
export const OUTREACH_STATUSES = [
  'sent',
  'replied',
  'chat-scheduled',
  'chat-held',
  'declined',
  'no-reply',
] as const;
export type OutreachStatus = (typeof OUTREACH_STATUSES)[number];

/** Conversations, not job postings: where a door someone opened has led. */
export const PIPELINE_STAGES = [
  'coffee-chat',
  'ideas',
  'application',
  'interview',
  'negotiation',
  'offer',
  'closed',
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export interface MutualConnection {
  name: string;
}

export interface Contact {
  id: string;
  name: string;
  /** Canonical `https://www.linkedin.com/in/<slug>/`, or null for a warm contact off LinkedIn. */
  profileUrl: string | null;
  headline: string | null;
  company: string | null;
  role: string | null;
  degree: Degree | null;
  mutualCount: number | null;
  mutualNames: string[];
  source: ContactSource;
  relationship: Relationship | null;
  /** How the user knows them, in the user's words ("we worked together at Acme"). */
  howWeKnow: string | null;
  /** How to reach them off LinkedIn (email, phone…), free text. */
  reach: string | null;
  email: string | null;
  /** 1-based rank in the Top 20, or null. */
  top20Rank: number | null;
  connectedOn: DayKey | null;
  lastContactedOn: DayKey | null;
  notes: string;
  /** Fields the user set by hand; page reads never overwrite them. */
  userEdited: string[];
  createdAt: number;
  updatedAt: number;
}

export interface StatusStep {
  status: OutreachStatus;
  at: number;
  day: DayKey;
}

export interface Outreach {
  id: string;
  contactId: string;
  kind: OutreachKind;
  channel: Channel;
  templateId: string | null;
  /** For intro requests: the mutual connection asked. */
  viaMutual: string | null;
  at: number;
  day: DayKey;
  status: OutreachStatus;
  history: StatusStep[];
  /** Local day the chat was held, once it was: what the weekly chat count and the goal count. */
  heldOn?: DayKey | null;
  /** The person's degree when this was sent (it changes once an invitation is accepted). */
  degreeAtSend?: Degree | null;
  note: string;
}

export interface Opportunity {
  id: string;
  contactIds: string[];
  title: string;
  stage: PipelineStage;
  /** Position within its stage column. */
  order: number;
  stageHistory: { stage: PipelineStage; at: number }[];
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export interface Goal {
  chatsTarget: number;
  deadline: DayKey;
  chatsPerWeek: number;
  actionsPerDay: number;
  minutesPerDay: number;
  startedOn: DayKey;
}

export interface Me {
  name: string;
  story: string;
  targetRole: string;
  targetIndustry: string;
  targetCompanies: string[];
  ask: string;
  /** What each chat taught about the story. */
  lessons: { day: DayKey; contactId: string | null; text: string }[];
}

export interface Settings {
  premium: boolean;
  showBadge: boolean;
  followUpAfterDays: number;
  weeklyInvitationCap: number;
  notifications: boolean;
  language: 'auto' | 'en' | 'de';
}

export interface UserTemplate {
  id: string;
  /** The shipped template it was made from, if any ("reset to built-in"). */
  basedOn: string | null;
  title: string;
  kind: OutreachKind;
  channel: Channel;
  subject: string | null;
  body: string;
  maxLength: number | null;
  updatedAt: number;
}
