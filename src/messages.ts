// The one message vocabulary between the contexts. Every request has a runtime schema (checked by
// the background on receipt), a response type, and the senders allowed to send it. Content
// scripts run inside linkedin.com and are treated as untrusted: they may report what they read
// and ask about the person on screen, nothing else (no export, import, delete or settings).
import * as v from 'valibot';
import type { DueItem } from './coach/followups';
import type { PlanPicture } from './coach/plan';
import {
  type Backup,
  type BadgeView,
  BadgeViewSchema,
  ConnectionRowSchema,
  type ConnectionsSummary,
  type Contact,
  ContactEditSchema,
  type ContactView,
  DaySchema,
  type Draft,
  DraftSchema,
  type Goal,
  GoalSchema,
  IdSchema,
  type ImportSummary,
  issueProblem,
  LogRequestSchema,
  type Me,
  MeSchema,
  NewWarmContactSchema,
  type Opportunity,
  OpportunitySchema,
  OUTREACH_STATUSES,
  type Outreach,
  OutreachEditSchema,
  PageProfileSchema,
  type Problem,
  ProfileUrlSchema,
  problem,
  type Settings,
  SettingsSchema,
  type TodayView,
  type UserTemplate,
  UserTemplateSchema,
} from './model';

const id = IdSchema;
const day = DaySchema;
const profileUrl = ProfileUrlSchema;

const empty = v.object({});

/** Who may send a message: `content` = our content script in a linkedin.com tab. */
type Sender = 'content' | 'extension';

export const MESSAGES = {
  /**
   * Content → background: the profile on screen, so the contact is upserted and the tab badged.
   * The reply is the badge and nothing more: a content script runs inside linkedin.com.
   */
  'page.profile': {
    from: ['content'],
    schema: v.object({ profile: PageProfileSchema }),
    contentReply: BadgeViewSchema,
  },
  /** The content script left a profile (in-app navigation): clear the tab's degree badge. */
  'profile.left': { from: ['content'], schema: empty },
  /** An extension page read the profile (or the user typed it in): upsert, and the whole view. */
  'profile.seen': { from: ['extension'], schema: v.object({ profile: PageProfileSchema }) },
  /** The person on a profile address, with the coach's advice. */
  'contact.lookup': { from: ['extension'], schema: v.object({ profileUrl }) },
  'contact.get': { from: ['extension'], schema: v.object({ id }) },
  'contact.edit': { from: ['extension'], schema: v.object({ id, changes: ContactEditSchema }) },
  'outreach.log': { from: ['extension'], schema: LogRequestSchema },
  'outreach.setStatus': {
    from: ['extension'],
    schema: v.object({ id, status: v.picklist(OUTREACH_STATUSES) }),
  },
  'outreach.undo': { from: ['extension'], schema: v.object({ id }) },
  'today.get': { from: ['content', 'extension'], schema: empty },
  'settings.get': { from: ['content', 'extension'], schema: empty },
  'settings.set': { from: ['extension'], schema: v.object({ changes: v.partial(SettingsSchema) }) },
  'goal.get': { from: ['extension'], schema: empty },
  'goal.set': { from: ['extension'], schema: v.object({ goal: v.omit(GoalSchema, ['startedOn']) }) },
  'me.get': { from: ['extension'], schema: empty },
  'me.set': { from: ['extension'], schema: v.object({ changes: v.partial(MeSchema) }) },
  'contacts.list': { from: ['extension'], schema: empty },
  /** A warm contact added by hand: no LinkedIn profile needed. */
  'contact.create': { from: ['extension'], schema: v.object({ contact: NewWarmContactSchema }) },
  'contact.delete': { from: ['extension'], schema: v.object({ id }) },
  /** Two records of one person become one: the older keeps its id, history and Top 20 place. */
  'contact.merge': { from: ['extension'], schema: v.object({ id, otherId: id }) },
  'top20.set': { from: ['extension'], schema: v.object({ ids: v.pipe(v.array(id), v.maxLength(20)) }) },
  'outreach.list': {
    from: ['extension'],
    schema: v.object({ contactId: v.optional(id), from: v.optional(day), to: v.optional(day) }),
  },
  'outreach.edit': { from: ['extension'], schema: v.object({ id, changes: OutreachEditSchema }) },
  'due.get': { from: ['extension'], schema: empty },
  /** Where the goal stands: the numbers behind the plan sentence; null before a goal is set. */
  'plan.get': { from: ['extension'], schema: empty },
  'opportunities.list': { from: ['extension'], schema: empty },
  'opportunities.save': {
    from: ['extension'],
    schema: v.object({ opportunities: v.pipe(v.array(OpportunitySchema), v.maxLength(500)) }),
  },
  'opportunity.delete': { from: ['extension'], schema: v.object({ id }) },
  'templates.list': { from: ['extension'], schema: empty },
  'template.save': { from: ['extension'], schema: v.object({ template: UserTemplateSchema }) },
  'template.delete': { from: ['extension'], schema: v.object({ id }) },
  'draft.get': { from: ['extension'], schema: v.object({ key: id }) },
  'draft.save': { from: ['extension'], schema: v.object({ draft: DraftSchema }) },
  'draft.discard': { from: ['extension'], schema: v.object({ key: id }) },
  'backup.export': { from: ['extension'], schema: empty },
  /** Validated in full by the handler (checkBackup), so the user learns exactly what is wrong. */
  'backup.import': { from: ['extension'], schema: v.object({ backup: v.unknown() }) },
  'connections.import': {
    from: ['extension'],
    schema: v.object({ rows: v.pipe(v.array(ConnectionRowSchema), v.maxLength(100_000)) }),
  },
} as const satisfies Record<
  string,
  { from: readonly Sender[]; schema: v.GenericSchema; contentReply?: v.GenericSchema }
>;

export type MessageType = keyof typeof MESSAGES;
/** A request as the handler receives it: checked, with every default filled in. */
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof MESSAGES)[K]['schema']>;
/** A request as a sender writes it: fields with a default may be left out. */
export type RequestBody<K extends MessageType> = v.InferInput<(typeof MESSAGES)[K]['schema']>;

export interface Responses {
  'page.profile': BadgeView;
  'profile.seen': ContactView;
  'profile.left': null;
  'contact.lookup': ContactView | null;
  'contact.get': ContactView | null;
  'contact.edit': Contact;
  'outreach.log': { outreach: Outreach; duplicate: boolean };
  'outreach.setStatus': Outreach;
  'outreach.undo': { removed: boolean };
  'today.get': TodayView;
  'settings.get': Settings;
  'settings.set': Settings;
  'goal.get': Goal | null;
  'goal.set': Goal;
  'me.get': Me;
  'me.set': Me;
  'contacts.list': Contact[];
  'contact.create': Contact;
  'contact.delete': null;
  /** The contact that stays, and the id of the one folded into it. */
  'contact.merge': { contact: Contact; removedId: string };
  'top20.set': Contact[];
  'outreach.list': Outreach[];
  'outreach.edit': Outreach;
  'due.get': DueItem[];
  'plan.get': PlanPicture | null;
  'opportunities.list': Opportunity[];
  'opportunities.save': Opportunity[];
  'opportunity.delete': null;
  'templates.list': UserTemplate[];
  'template.save': UserTemplate;
  'template.delete': null;
  'draft.get': Draft | null;
  'draft.save': Draft;
  'draft.discard': null;
  'backup.export': Backup;
  'backup.import': ImportSummary;
  'connections.import': ConnectionsSummary;
}

export type Envelope = { [K in MessageType]: { type: K } & RequestOf<K> }[MessageType];
export type Reply<K extends MessageType> = { ok: true; value: Responses[K] } | { ok: false; error: string };

/**
 * Validates an incoming message and the sender's right to send it. On refusal: the reason for the
 * log, and the problem for the user (worded by the router in the UI language).
 */
export function checkMessage(
  raw: unknown,
  sender: Sender,
): { ok: true; message: Envelope } | { ok: false; reason: string; problem: Problem } {
  if (typeof raw !== 'object' || raw === null || typeof (raw as { type?: unknown }).type !== 'string') {
    return { ok: false, reason: 'malformed message: no type', problem: problem('requestUnknown') };
  }
  const type = (raw as { type: string }).type;
  if (!Object.hasOwn(MESSAGES, type))
    return {
      ok: false,
      reason: `unknown message type "${type.slice(0, 60)}"`,
      problem: problem('requestUnknown'),
    };
  const spec = MESSAGES[type as MessageType];
  if (!(spec.from as readonly Sender[]).includes(sender)) {
    return {
      ok: false,
      reason: `"${type}" is not allowed from ${sender}`,
      problem: problem('requestNotAllowed'),
    };
  }
  const { type: _t, ...body } = raw as Record<string, unknown>;
  const parsed = v.safeParse(spec.schema, body);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return {
      ok: false,
      reason: `invalid "${type}"${where ? ` at ${where}` : ''}: ${issue.message}`,
      problem: issueProblem(issue),
    };
  }
  return { ok: true, message: { type, ...parsed.output } as Envelope };
}
