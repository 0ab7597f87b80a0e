// The goal picture for the dashboard and popup: the projection at the planned pace, the
// finish date at the pace the user actually keeps, and — if that is too late — the raised
// sub-goals (chats a week, outreach actions a day) that would make the deadline.

import { type DayKey, type Goal, heldDayOf, type Outreach } from '../model';
import { addDays, daysBetween } from './days';
import { formatDay, formatNumber, plural, type Translate, translate } from './messages';
import { ceilDiv, type Projection, projectGoal } from './projection';

/** Until this many outreach actions are logged, the user's own chat rate is mostly noise. */
export const MIN_OUTREACH_FOR_MEASURED = 20;
/** The prior: about one chat for every four outreach actions. */
export const PRIOR_CONVERSION = 0.25;
/** Weight of the prior in pseudo-actions once measured, so 0 of 20 does not mean "never". */
const PRIOR_WEIGHT = 10;
/** The actual pace looks at the last four weeks (less while the goal is younger, min a week). */
export const PACE_WINDOW_DAYS = 28;
const MIN_PACE_WINDOW_DAYS = 7;
/**
 * A good first day is not a pace: until the goal has run two weeks or three chats are held, the
 * pace shown blends the plan with what was observed, trusting the observation more as either grows.
 */
export const EARLY_DAYS = 14;
export const EARLY_CHATS = 3;
/**
 * The chat rate is measured over the last 90 days of outreach: how the user writes now, not two
 * years ago, and a cost that does not grow with the log.
 */
export const CONVERSION_WINDOW_DAYS = 90;

export function conversionWindowStart(today: DayKey): DayKey {
  return addDays(today, -(CONVERSION_WINDOW_DAYS - 1));
}

export interface PlanInput {
  goal: Goal;
  today: DayKey;
  /** The local day of every chat held, one entry per chat. */
  heldChatDays: DayKey[];
  /** The local day of every outreach action sent, one entry per action. */
  outreachDays: DayKey[];
  /** How many outreach actions in the conversion window led to a held chat. */
  outreachLedToChat: number;
}

/**
 * The counts a plan picture needs, each a range count: the background takes them from IndexedDB
 * indexes (no scan of the log), the dashboard from the records it already holds.
 */
export interface PlanCounts {
  goal: Goal;
  today: DayKey;
  /** Chats held from the goal's start to today (before: an earlier plan; after: clock skew). */
  held: number;
  /** Chats held in the pace window ending today (paceWindow). */
  heldInWindow: number;
  /** Whether any chat was ever held on or before today. */
  anyHeld: boolean;
  /** Outreach actions in the conversion window (the last 90 days to today). */
  outreachCount: number;
  /** How many of them led to a held chat. */
  outreachLedToChat: number;
}

export interface ActualPace {
  /** Chats a week over the window; null when none were held in it. */
  chatsPerWeek: number | null;
  windowDays: number;
  chatsInWindow: number;
  /** The projection at this pace; null without a pace. */
  projection: Projection | null;
  note: 'no-chats-yet' | 'none-recently' | 'early-days' | null;
}

export interface SubGoals {
  chatsPerWeek: number;
  actionsPerDay: number;
}

export interface PlanPicture {
  today: DayKey;
  deadline: DayKey;
  target: number;
  /** Chats held since the goal started (and not after today). */
  held: number;
  plannedChatsPerWeek: number;
  /** The outreach actions a day the user planned (goal.actionsPerDay). */
  plannedActionsPerDay: number;
  /** At the planned chats a week (goal.chatsPerWeek). */
  planned: Projection;
  actual: ActualPace;
  /** Chats per outreach action used for the actions-a-day figures. */
  conversion: number;
  conversionSource: 'prior' | 'measured';
  outreachCount: number;
  /** Outreach actions a day that the planned chats a week imply at this conversion. */
  actionsPerDayForPlan: number;
  /** Sub-goals that would make the deadline; null when the plan already does, or cannot. */
  raiseSubGoal: SubGoals | null;
}

/** Whole outreach actions a day for a weekly chat pace at a conversion rate (at least 1). */
export function actionsPerDayFor(chatsPerWeek: number, conversion: number): number {
  if (chatsPerWeek <= 0) return 0;
  return Math.max(1, ceilDiv(chatsPerWeek, 7 * Math.max(conversion, 0.01)));
}

function conversionOf(
  outreachCount: number,
  ledToChat: number,
): Pick<PlanPicture, 'conversion' | 'conversionSource'> {
  if (outreachCount < MIN_OUTREACH_FOR_MEASURED) {
    return { conversion: PRIOR_CONVERSION, conversionSource: 'prior' };
  }
  const led = Math.min(Math.max(0, ledToChat), outreachCount);
  // Blend lightly with the prior so a cold start (0 of 20) still gives a finite plan.
  const conversion = (led + PRIOR_CONVERSION * PRIOR_WEIGHT) / (outreachCount + PRIOR_WEIGHT);
  return { conversion, conversionSource: 'measured' };
}

/** The days the actual pace is measured over: the last four weeks, or since the goal began. */
export function paceWindow(goal: Goal, today: DayKey): { from: DayKey; windowDays: number } {
  const sinceStart = daysBetween(goal.startedOn, today) + 1;
  const windowDays = Math.min(PACE_WINDOW_DAYS, Math.max(MIN_PACE_WINDOW_DAYS, sinceStart));
  return { from: addDays(today, -(windowDays - 1)), windowDays };
}

function actualPace(counts: PlanCounts): ActualPace {
  const { goal, today, held, heldInWindow: chatsInWindow } = counts;
  const { windowDays } = paceWindow(goal, today);
  if (chatsInWindow === 0) {
    const note = counts.anyHeld ? 'none-recently' : 'no-chats-yet';
    return { chatsPerWeek: null, windowDays, chatsInWindow, projection: null, note };
  }
  const observed = (chatsInWindow * 7) / windowDays;
  const age = daysBetween(goal.startedOn, today) + 1;
  const early = age < EARLY_DAYS && held < EARLY_CHATS;
  const trust = early ? Math.min(1, Math.max(age / EARLY_DAYS, held / EARLY_CHATS)) : 1;
  const chatsPerWeek = trust * observed + (1 - trust) * goal.chatsPerWeek;
  const projection = projectGoal({
    target: goal.chatsTarget,
    held,
    today,
    deadline: goal.deadline,
    chatsPerWeek,
  });
  return { chatsPerWeek, windowDays, chatsInWindow, projection, note: early ? 'early-days' : null };
}

/**
 * The actions a day that go with a weekly chat pace: enough for it at this conversion, and never
 * fewer than the user already plans. The sentence and the "raise my sub-goals" button both say it.
 */
export function actionsToHold(
  chatsPerWeek: number,
  picture: Pick<PlanPicture, 'conversion' | 'plannedActionsPerDay'>,
): number {
  return Math.max(actionsPerDayFor(chatsPerWeek, picture.conversion), picture.plannedActionsPerDay);
}

export function planInputFrom(goal: Goal, today: DayKey, outreach: Outreach[]): PlanInput {
  const heldChatDays = outreach.map(heldDayOf).filter((d): d is DayKey => d !== null);
  const from = conversionWindowStart(today);
  return {
    goal,
    today,
    heldChatDays,
    outreachDays: outreach.map((o) => o.day),
    outreachLedToChat: heldChatDays.filter((d) => d >= from && d <= today).length,
  };
}

/** The counts of a plan input's days. */
export function countsOf(input: PlanInput): PlanCounts {
  const { goal, today, heldChatDays } = input;
  const { from } = paceWindow(goal, today);
  const within = (a: DayKey, b: DayKey) => heldChatDays.filter((d) => d >= a && d <= b).length;
  return {
    goal,
    today,
    held: within(goal.startedOn, today),
    heldInWindow: within(from, today),
    anyHeld: heldChatDays.some((d) => d <= today),
    outreachCount: input.outreachDays.filter((d) => d >= conversionWindowStart(today) && d <= today).length,
    outreachLedToChat: input.outreachLedToChat,
  };
}

export function planPicture(input: PlanInput): PlanPicture {
  return pictureFromCounts(countsOf(input));
}

export function pictureFromCounts(counts: PlanCounts): PlanPicture {
  const { goal, today, held, outreachCount } = counts;
  const planned = projectGoal({
    target: goal.chatsTarget,
    held,
    today,
    deadline: goal.deadline,
    chatsPerWeek: goal.chatsPerWeek,
  });
  const { conversion, conversionSource } = conversionOf(outreachCount, counts.outreachLedToChat);
  const needed = planned.chatsPerWeekNeeded;
  const forActions = { conversion, plannedActionsPerDay: goal.actionsPerDay };
  const raiseSubGoal =
    !planned.onTrack && needed !== null && needed > 0
      ? { chatsPerWeek: needed, actionsPerDay: actionsToHold(needed, forActions) }
      : null;
  return {
    today,
    deadline: goal.deadline,
    target: goal.chatsTarget,
    held,
    plannedChatsPerWeek: goal.chatsPerWeek,
    plannedActionsPerDay: goal.actionsPerDay,
    planned,
    actual: actualPace(counts),
    conversion,
    conversionSource,
    outreachCount,
    actionsPerDayForPlan: actionsPerDayFor(goal.chatsPerWeek, conversion),
    raiseSubGoal,
  };
}

/**
 * One plain sentence for the dashboard: "At 4 chats a week you reach 50 on 12 March; to
 * make 1 March, hold 5 a week — about 6 outreach actions a day." It speaks of the pace the
 * user actually keeps when there is one, and of the plan otherwise.
 */
export function sentence(picture: PlanPicture, locale = 'en', t: Translate = translate): string {
  const { planned, actual } = picture;
  const day = (d: DayKey): string => formatDay(d, picture.today, locale);
  const num = (n: number): string => formatNumber(n, locale);
  const subs = {
    target: num(picture.target),
    held: num(picture.held),
    deadline: day(picture.deadline),
    remaining: plural(t, 'unit.chats', planned.remaining, locale),
  };
  if (planned.done) return t('plan.done', subs);
  if (planned.chatsPerWeekNeeded === null) return t('plan.deadlinePassed', subs);

  const needed = planned.chatsPerWeekNeeded;
  const fix = {
    ...subs,
    needed: num(needed),
    actions: plural(t, 'unit.actionsADay', actionsToHold(needed, picture), locale),
  };
  const shown = actual.projection ?? planned;
  if (shown.finishDate === null) return t('plan.noPlan', fix);

  const withPace = {
    ...fix,
    pace: plural(t, 'unit.chatsAWeek', actual.chatsPerWeek ?? picture.plannedChatsPerWeek, locale),
    finish: day(shown.finishDate),
  };
  const LEADS = {
    none: 'plan.pace',
    'no-chats-yet': 'plan.noChatsYet',
    'none-recently': 'plan.noneRecently',
    'early-days': 'plan.early',
  } as const;
  const lead = LEADS[actual.note ?? 'none'];
  return t(shown.onTrack ? (`${lead}.onTrack` as const) : (`${lead}.behind` as const), withPace);
}
