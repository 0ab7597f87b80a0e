// The one message vocabulary between the contexts. Every request has a runtime schema (checked by
// the background on receipt), a response type, and the senders allowed to send it. Content
// scripts run inside linkedin.com and are treated as untrusted: they may report what they read
// and ask about the person on screen, nothing else (no export, import, delete or settings).
import * as v from 'valibot';
import type { ChatBrief } from './coach/brief';
import type { DueItem } from './coach/followups';
import type { PlanPicture } from './coach/plan';
import type { SessionView } from './coach/session-view';
import {
  type Backup,
  type BackupImportSummary,
  type BadgeView,
  BadgeViewSchema,
  type Chat,
  ChatDebriefSchema,
  ConnectionRowSchema,
  type ConnectionsSummary,
  type Contact,
  ContactEditSchema,
  type ContactView,
  DaySchema,
  type Draft,
  type DraftEntry,
  DraftSchema,
  type Goal,
  GoalSchema,
  IdSchema,
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
  PageSearchSchema,
  PageThreadSchema,
  type Problem,
  ProfileUrlSchema,
  problem,
  QuestionBankSchema,
  ScheduleChatSchema,
  type SearchEntry,
  type SearchNotice,
  SearchNoticeSchema,
  type SendNotice,
  SendNoticeSchema,
  type Settings,
  SettingsSchema,
  type ThreadNotice,
  ThreadNoticeSchema,
  type TodayView,
  type UserTemplate,
  UserTemplateSchema,
} from './model';

const id = IdSchema;
const day = DaySchema;
const profileUrl = ProfileUrlSchema;

const empty = v.object({});
const OkSchema = v.object({ ok: v.boolean() });

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
  /**
   * Content → background: the content script's own texts in the UI language, placeholders left
   * open (ui/i18n.ts `wordTemplates`), so the LinkedIn page never loads the whole catalogue.
   */
  'words.get': {
    from: ['content'],
    schema: empty,
    contentReply: v.record(v.string(), v.string()),
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
  /** Undo the last status step (a reply marked by mistake). */
  'outreach.revertStatus': { from: ['extension'], schema: v.object({ id }) },
  /** Whether a "Log as sent" request id was logged (by the button, or by the user's own Send). */
  'request.status': { from: ['extension'], schema: v.object({ requestId: id }) },
  /** The conversation open on the page: who is in it and who wrote last (never the words). */
  'page.thread': {
    from: ['content'],
    schema: v.object({ thread: PageThreadSchema }),
    contentReply: ThreadNoticeSchema,
  },
  /** An extension page asks whether the conversation open on the tab answers a waiting outreach. */
  'thread.reply': { from: ['extension'], schema: v.object({ thread: PageThreadSchema }) },
  /** The user clicked "Mark as replied" on the page, for the reply the background offered. */
  'thread.mark': { from: ['content'], schema: v.object({ outreachId: id }), contentReply: OkSchema },
  'thread.unmark': { from: ['content'], schema: v.object({ outreachId: id }), contentReply: OkSchema },
  /** An extension page inserted a draft: log it if the user's own Send takes it off the box. */
  'send.expect': {
    from: ['extension'],
    schema: v.object({ tabId: v.pipe(v.number(), v.integer()), request: LogRequestSchema }),
  },
  /** A people-search page: which of its results the user knows (Top 20, last contacted). */
  'page.search': {
    from: ['content'],
    schema: v.object({ results: PageSearchSchema }),
    contentReply: SearchNoticeSchema,
  },
  /** The popup lists a search page's results with the coach's channel for each. */
  'search.view': { from: ['extension'], schema: v.object({ results: PageSearchSchema }) },
  /** "Add to Top 20" from a search result: the person becomes a contact in the next free place. */
  'search.addTop20': {
    from: ['extension'],
    schema: v.object({ result: v.pipe(PageSearchSchema, v.length(1)) }),
  },
  /** The user pressed Send and the inserted text left the box. */
  'send.seen': { from: ['content'], schema: v.object({ requestId: id }), contentReply: SendNoticeSchema },
  'send.undo': { from: ['content'], schema: v.object({ requestId: id }), contentReply: OkSchema },
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
  /**
   * Validated in full by the handler (checkBackup), so the user learns exactly what is wrong.
   * Also a job (JOB_PORT): progress and cancel. `jobId` leaves a receipt (see 'import.status');
   * `unknownContactName` names, in the user's language, the stand-in for a person the file's
   * entries point at but the file lacks (`{n}` numbers them).
   */
  'backup.import': {
    from: ['extension'],
    schema: v.object({
      backup: v.unknown(),
      jobId: v.optional(id),
      unknownContactName: v.optional(v.pipe(v.string(), v.includes('{n}'), v.maxLength(200))),
    }),
  },
  /** Also a job (JOB_PORT); `jobId` leaves a receipt (see 'import.status'). */
  'connections.import': {
    from: ['extension'],
    schema: v.object({
      rows: v.pipe(v.array(ConnectionRowSchema), v.maxLength(100_000)),
      jobId: v.optional(id),
    }),
  },
  /** The worker stopped before an import answered: did it land (all of it) or not (none of it)? */
  'import.status': { from: ['extension'], schema: v.object({ jobId: id }) },
  /** Today's session: the coach's queue, tomorrow's items, the streak, today's chats with briefs. */
  'session.get': { from: ['extension'], schema: empty },
  /** Unsent drafts, newest first, with the person each is for. */
  'drafts.list': { from: ['extension'], schema: empty },
  'chats.list': { from: ['extension'], schema: empty },
  /** A reply led to a chat: its day, time and place; the outreach becomes "chat scheduled". */
  'chat.schedule': { from: ['extension'], schema: ScheduleChatSchema },
  /** "How did it go": held (the thank-you is queued), notes, a lesson, the leads they gave. */
  'chat.debrief': { from: ['extension'], schema: ChatDebriefSchema },
  'brief.get': { from: ['extension'], schema: v.object({ outreachId: id }) },
  'questions.get': { from: ['extension'], schema: empty },
  /** The user's question bank; null goes back to the default set. */
  'questions.set': {
    from: ['extension'],
    schema: v.object({ questions: v.nullable(QuestionBankSchema.entries.questions) }),
  },
  /** Every record of every store, in one transaction. The page asks for a typed confirmation first. */
  'data.deleteAll': { from: ['extension'], schema: v.object({ confirm: v.literal(true) }) },
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
  'words.get': Record<string, string>;
  'contact.lookup': ContactView | null;
  'contact.get': ContactView | null;
  'contact.edit': Contact;
  'outreach.log': { outreach: Outreach; duplicate: boolean };
  'outreach.setStatus': Outreach;
  'outreach.undo': { removed: boolean };
  'outreach.revertStatus': Outreach;
  'request.status': Outreach | null;
  'page.thread': ThreadNotice;
  'thread.reply': { name: string; outreachId: string } | null;
  'thread.mark': { ok: boolean };
  'thread.unmark': { ok: boolean };
  'send.expect': { watching: boolean };
  'page.search': SearchNotice;
  'search.view': SearchEntry[];
  'search.addTop20': SearchEntry[];
  'send.seen': SendNotice;
  'send.undo': { ok: boolean };
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
  /** The plan, and its sentence in the browser's language. */
  'plan.get': (PlanPicture & { sentence: string }) | null;
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
  'backup.import': BackupImportSummary;
  'connections.import': ConnectionsSummary;
  'import.status': { landed: boolean };
  'session.get': SessionView;
  'drafts.list': DraftEntry[];
  'chats.list': Chat[];
  'chat.schedule': { chat: Chat; outreach: Outreach };
  'chat.debrief': { chat: Chat; outreach: Outreach; leads: Contact[] };
  'brief.get': ChatBrief | null;
  'questions.get': { custom: boolean; questions: string[] };
  'questions.set': { custom: boolean; questions: string[] };
  'data.deleteAll': { removed: number };
}

// ── Jobs: a message that runs long (an import) is sent over a port instead, so the page sees
// its progress and can cancel it. The page opens `runtime.connect({ name: JOB_PORT })`, sends
// one `job.start` carrying the message (checked exactly as if it had been sent alone), then may
// send `job.cancel`; closing the port cancels too. The background answers with progress and one
// final event. Extension pages only, like every message that writes.

export const JOB_PORT = 'job';
export const JOB_TYPES = ['backup.import', 'connections.import'] as const satisfies readonly MessageType[];
export type JobType = (typeof JOB_TYPES)[number];

/** Page → background, over the job port. `job.ping` keeps Firefox's event page awake. */
export const JOB_COMMANDS = {
  'job.start': v.object({ job: v.object({ type: v.picklist(JOB_TYPES) }) }),
  'job.cancel': empty,
  'job.ping': empty,
} as const satisfies Record<string, v.GenericSchema>;
export type JobCommand =
  | { type: 'job.start'; job: Extract<Envelope, { type: JobType }> }
  | { type: 'job.cancel' }
  | { type: 'job.ping' };

/** Background → page, over the job port: progress, then exactly one of the last three. */
export type JobEvent<K extends JobType = JobType> =
  | { type: 'job.progress'; done: number; total: number }
  | { type: 'job.done'; value: Responses[K] }
  | { type: 'job.cancelled' }
  | { type: 'job.failed'; error: string };

/** Checks a command's shape; the started job's own message is checked by checkMessage. */
export function checkJobCommand(
  raw: unknown,
): { ok: true; command: JobCommand } | { ok: false; reason: string } {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(JOB_COMMANDS, type)) {
    return { ok: false, reason: 'malformed job command' };
  }
  const parsed = v.safeParse(JOB_COMMANDS[type as keyof typeof JOB_COMMANDS], raw);
  if (!parsed.success) return { ok: false, reason: `invalid "${type}": ${parsed.issues[0].message}` };
  return { ok: true, command: raw as JobCommand };
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
