// Runtime schemas of the stored records: what a backup file must hold before anything of it is
// written. Foreign or damaged files fail here, with the path of the first bad value.

import * as v from 'valibot';
import { heldDayOf } from '../coach/plan';
import {
  CHANNELS,
  CONTACT_SOURCES,
  DEGREES,
  OUTREACH_KINDS,
  OUTREACH_STATUSES,
  PIPELINE_STAGES,
  RELATIONSHIPS,
} from '../model';

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nstr = (max: number) => v.nullable(str(max));
export const DaySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day like 2026-03-01'));
const nday = v.nullable(DaySchema);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const time = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ContactSchema = v.object({
  id,
  name: str(500),
  profileUrl: v.nullable(v.pipe(v.string(), v.regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#]+\/$/))),
  headline: nstr(2000),
  company: nstr(500),
  role: nstr(500),
  degree: v.nullable(v.picklist(DEGREES)),
  mutualCount: v.nullable(count),
  mutualNames: v.array(str(300)),
  source: v.picklist(CONTACT_SOURCES),
  relationship: v.nullable(v.picklist(RELATIONSHIPS)),
  howWeKnow: nstr(1000),
  reach: nstr(500),
  email: nstr(320),
  top20Rank: v.nullable(v.pipe(count, v.minValue(1), v.maxValue(20))),
  connectedOn: nday,
  lastContactedOn: nday,
  notes: str(20_000),
  userEdited: v.array(str(40)),
  createdAt: time,
  updatedAt: time,
});

const StepSchema = v.object({ status: v.picklist(OUTREACH_STATUSES), at: time, day: DaySchema });

export const OutreachSchema = v.pipe(
  v.object({
    id,
    contactId: id,
    kind: v.picklist(OUTREACH_KINDS),
    channel: v.picklist(CHANNELS),
    templateId: nstr(100),
    viaMutual: nstr(300),
    at: time,
    day: DaySchema,
    status: v.picklist(OUTREACH_STATUSES),
    history: v.array(StepSchema),
    heldOn: v.optional(nday, null),
    degreeAtSend: v.optional(v.nullable(v.picklist(DEGREES)), null),
    note: str(5000),
  }),
  // A record from a backup that knew only the status history still lands on the day the chat
  // was held: the held-chat index (goal progress, pace) is built on heldOn.
  v.transform((o) => ({ ...o, heldOn: heldDayOf(o) })),
);

export const OpportunitySchema = v.object({
  id,
  contactIds: v.array(id),
  title: str(300),
  stage: v.picklist(PIPELINE_STAGES),
  order: v.number(),
  stageHistory: v.array(v.object({ stage: v.picklist(PIPELINE_STAGES), at: time })),
  notes: str(20_000),
  createdAt: time,
  updatedAt: time,
});

export const UserTemplateSchema = v.object({
  id,
  basedOn: nstr(100),
  title: str(200),
  kind: v.picklist(OUTREACH_KINDS),
  channel: v.picklist(CHANNELS),
  subject: nstr(500),
  body: str(20_000),
  maxLength: v.nullable(count),
  updatedAt: time,
});

export const GoalSchema = v.object({
  chatsTarget: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  deadline: DaySchema,
  chatsPerWeek: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  actionsPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200)),
  minutesPerDay: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(600)),
  startedOn: DaySchema,
});

export const MeSchema = v.object({
  name: str(300),
  story: str(5000),
  targetRole: str(300),
  targetIndustry: str(300),
  targetCompanies: v.pipe(v.array(str(200)), v.maxLength(50)),
  ask: str(2000),
  lessons: v.array(v.object({ day: DaySchema, contactId: nstr(100), text: str(5000) })),
});

export const SettingsSchema = v.object({
  premium: v.boolean(),
  showBadge: v.boolean(),
  followUpAfterDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)),
  weeklyInvitationCap: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)),
  notifications: v.boolean(),
  language: v.picklist(['auto', 'en', 'de']),
});
