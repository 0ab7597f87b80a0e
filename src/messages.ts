// The one message vocabulary between the contexts. Every request has a runtime schema (checked by
// the background on receipt), a response type, and the senders allowed to send it. Content
// scripts run inside linkedin.com and are treated as untrusted: they may report what they read
// and ask about the person on screen, nothing else (no export, import, delete or settings).
import * as v from 'valibot';
import {
  CHANNELS,
  type Contact,
  DEGREES,
  type Goal,
  type Me,
  OUTREACH_KINDS,
  OUTREACH_STATUSES,
  type Outreach,
  RELATIONSHIPS,
  type Settings,
} from './model';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const profileUrl = v.pipe(
  v.string(),
  v.regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#]+\/$/),
  v.maxLength(300),
);
const degree = v.nullable(v.picklist(DEGREES));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

/** What the content script read from the profile on screen. */
export const PageProfileSchema = v.object({
  profileUrl,
  name: v.nullable(text(500)),
  headline: v.nullable(text(2000)),
  company: v.nullable(text(500)),
  degree,
  self: v.boolean(),
  mutualCount: count,
  mutualNames: v.pipe(v.array(text(300)), v.maxLength(50)),
  canConnect: v.boolean(),
  pending: v.boolean(),
  inviteNoteLimit: v.nullable(count),
});
export type PageProfile = v.InferOutput<typeof PageProfileSchema>;

const ContactEditSchema = v.object({
  name: v.optional(text(500)),
  headline: v.optional(v.nullable(text(2000))),
  company: v.optional(v.nullable(text(500))),
  role: v.optional(v.nullable(text(500))),
  degree: v.optional(degree),
  mutualCount: v.optional(v.nullable(count)),
  mutualNames: v.optional(v.pipe(v.array(text(300)), v.maxLength(50))),
  relationship: v.optional(v.nullable(v.picklist(RELATIONSHIPS))),
  howWeKnow: v.optional(v.nullable(text(1000))),
  reach: v.optional(v.nullable(text(500))),
  email: v.optional(v.nullable(text(320))),
  notes: v.optional(text(20_000)),
});
export type ContactEdit = v.InferOutput<typeof ContactEditSchema>;

const LogSchema = v.object({
  /** Idempotency key: the same draft (or retried message) logs once. */
  requestId: id,
  contactId: id,
  kind: v.picklist(OUTREACH_KINDS),
  channel: v.picklist(CHANNELS),
  templateId: v.nullable(text(100)),
  viaMutual: v.nullable(text(300)),
  note: v.optional(text(5000)),
});
export type LogRequest = v.InferOutput<typeof LogSchema>;

const empty = v.object({});

/** Who may send a message: `content` = our content script in a linkedin.com tab. */
type Sender = 'content' | 'extension';

export const MESSAGES = {
  /** Content → background: the profile on screen, so the contact is upserted and the tab badged. */
  'profile.seen': { from: ['content', 'extension'], schema: v.object({ profile: PageProfileSchema }) },
  /** The content script left a profile (in-app navigation): clear the tab's degree badge. */
  'profile.left': { from: ['content'], schema: empty },
  /** What the badge and popup show about a person: stored contact + last outreach + Top 20. */
  'contact.lookup': { from: ['content', 'extension'], schema: v.object({ profileUrl }) },
  'contact.get': { from: ['extension'], schema: v.object({ id }) },
  'contact.edit': { from: ['extension'], schema: v.object({ id, changes: ContactEditSchema }) },
  'outreach.log': { from: ['extension'], schema: LogSchema },
  'outreach.setStatus': {
    from: ['extension'],
    schema: v.object({ id, status: v.picklist(OUTREACH_STATUSES) }),
  },
  'outreach.undo': { from: ['extension'], schema: v.object({ id }) },
  'today.get': { from: ['content', 'extension'], schema: empty },
  'settings.get': { from: ['content', 'extension'], schema: empty },
  'settings.set': {
    from: ['extension'],
    schema: v.object({
      changes: v.object({
        premium: v.optional(v.boolean()),
        showBadge: v.optional(v.boolean()),
        followUpAfterDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60))),
        weeklyInvitationCap: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
        notifications: v.optional(v.boolean()),
        language: v.optional(v.picklist(['auto', 'en', 'de'])),
      }),
    }),
  },
  'goal.get': { from: ['extension'], schema: empty },
  'goal.set': {
    from: ['extension'],
    schema: v.object({
      goal: v.object({
        chatsTarget: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
        deadline: day,
        chatsPerWeek: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
        actionsPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200)),
        minutesPerDay: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(600)),
      }),
    }),
  },
  'me.get': { from: ['extension'], schema: empty },
} as const satisfies Record<string, { from: readonly Sender[]; schema: v.GenericSchema }>;

export type MessageType = keyof typeof MESSAGES;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof MESSAGES)[K]['schema']>;

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

export interface Responses {
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
}

export type Envelope = { [K in MessageType]: { type: K } & RequestOf<K> }[MessageType];
export type Reply<K extends MessageType> = { ok: true; value: Responses[K] } | { ok: false; error: string };

/** Validates an incoming message and the sender's right to send it. Returns a reason on refusal. */
export function checkMessage(
  raw: unknown,
  sender: Sender,
): { ok: true; message: Envelope } | { ok: false; reason: string } {
  if (typeof raw !== 'object' || raw === null || typeof (raw as { type?: unknown }).type !== 'string') {
    return { ok: false, reason: 'malformed message: no type' };
  }
  const type = (raw as { type: string }).type;
  if (!Object.hasOwn(MESSAGES, type))
    return { ok: false, reason: `unknown message type "${type.slice(0, 60)}"` };
  const spec = MESSAGES[type as MessageType];
  if (!(spec.from as readonly Sender[]).includes(sender)) {
    return { ok: false, reason: `"${type}" is not allowed from ${sender}` };
  }
  const { type: _t, ...body } = raw as Record<string, unknown>;
  const parsed = v.safeParse(spec.schema, body);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, reason: `invalid "${type}"${where ? ` at ${where}` : ''}: ${issue.message}` };
  }
  return { ok: true, message: { type, ...parsed.output } as Envelope };
}

// ── Extension pages → the content script in a LinkedIn tab (tabs.sendMessage). The content
// script accepts these only from our own extension (runtime.onMessage never hears pages).

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
