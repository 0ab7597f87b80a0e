// The domain vocabulary shared by every context: constant lists and the words they define. The
// record schemas (records.ts), the coaching logic, the templates and the UIs all speak these
// words, so a new kind or stage is added here once.

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

/** How a lead came from a chat: a name they suggested, or an introduction they made. */
export const LEAD_KINDS = ['suggested', 'introduced'] as const;
export type LeadKind = (typeof LEAD_KINDS)[number];

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

/** The languages of the message templates the user can choose; 'auto' follows the browser. */
export const TEMPLATE_LANGUAGES = ['auto', 'en', 'de', 'fr', 'es'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
