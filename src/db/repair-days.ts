// A migration step on its own: versions before 3 checked a day only for its digits, so a backup,
// an edit or an import could store `2026-02-30`, on which the day arithmetic throws (Plan and
// Progress went blank, People showed "Not a calendar day"). Each such day becomes the nearest
// real one (the month's last day for 2026-02-30); a day with nothing to read in it becomes null
// where the field may be empty, and otherwise the day of the record's own timestamp, or today.
import type { IDBPTransaction, StoreNames } from 'idb';
import { dayKey } from '../coach/days';
import { type DayKey, isCalendarDay, repairDay } from '../model';
import type { CoachDB } from './schema';

type UpgradeTx = IDBPTransaction<CoachDB, StoreNames<CoachDB>[], 'versionchange'>;
type Loose = Record<string, unknown>;

const needsRepair = (value: unknown): value is string => typeof value === 'string' && !isCalendarDay(value);

/** The day of a timestamp, or today when it has none. */
function dayOf(at: unknown, now: number): DayKey {
  return typeof at === 'number' && Number.isFinite(at) ? dayKey(at) : dayKey(now);
}

/** A copy with each listed day repaired, or null when every day was already real. */
function repaired(record: Loose, fallbacks: Record<string, () => DayKey | null>): Loose | null {
  let copy: Loose | null = null;
  for (const [field, fallback] of Object.entries(fallbacks)) {
    const value = record[field];
    if (!needsRepair(value)) continue;
    copy ??= { ...record };
    copy[field] = repairDay(value) ?? fallback();
  }
  return copy;
}

export function repairContactDays(contact: Loose): Loose | null {
  return repaired(contact, { connectedOn: () => null, lastContactedOn: () => null });
}

export function repairOutreachDays(outreach: Loose, now: number): Loose | null {
  let copy = repaired(outreach, { day: () => dayOf(outreach.at, now), heldOn: () => null });
  const history = outreach.history;
  if (Array.isArray(history) && history.some((step: Loose) => needsRepair(step?.day))) {
    copy ??= { ...outreach };
    copy.history = history.map((step: Loose) => repaired(step, { day: () => dayOf(step.at, now) }) ?? step);
  }
  return copy;
}

export function repairGoalDays(goal: Loose, now: number): Loose | null {
  return repaired(goal, { deadline: () => dayKey(now), startedOn: () => dayKey(now) });
}

export function repairMeDays(me: Loose, now: number): Loose | null {
  const lessons = me.lessons;
  if (!Array.isArray(lessons) || !lessons.some((lesson: Loose) => needsRepair(lesson?.day))) return null;
  return {
    ...me,
    lessons: lessons.map((lesson: Loose) => repaired(lesson, { day: () => dayKey(now) }) ?? lesson),
  };
}

export async function repairStoredDays(tx: UpgradeTx, now = Date.now()): Promise<void> {
  for (let cursor = await tx.objectStore('contacts').openCursor(); cursor; cursor = await cursor.continue()) {
    const fixed = repairContactDays(cursor.value as unknown as Loose);
    if (fixed) await cursor.update(fixed as never);
  }
  for (let cursor = await tx.objectStore('outreach').openCursor(); cursor; cursor = await cursor.continue()) {
    const fixed = repairOutreachDays(cursor.value as unknown as Loose, now);
    if (fixed) await cursor.update(fixed as never);
  }
  const singletons = tx.objectStore('singletons');
  const goal = (await singletons.get('goal')) as Loose | undefined;
  const goalFixed = goal && repairGoalDays(goal, now);
  if (goalFixed) await singletons.put(goalFixed as never, 'goal');
  const me = (await singletons.get('me')) as Loose | undefined;
  const meFixed = me && repairMeDays(me, now);
  if (meFixed) await singletons.put(meFixed as never, 'me');
}

/** The step in MIGRATIONS; its tests find its version by looking for it there. */
export function repairDaysMigration(_db: unknown, tx: UpgradeTx): Promise<void> {
  return repairStoredDays(tx);
}
