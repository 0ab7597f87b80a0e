// The goal form's state as typed (strings, so a half-typed "1." is not lost), its checks, and
// the plan picture drawn from it. Pure: the wizard, the edit form and the tests share it.
import { addDays, isValidDay } from '../../coach/days';
import { type PlanPicture, planInputFrom, planPicture, type SubGoals } from '../../coach/plan';
import type { DayKey, Goal, Outreach } from '../../model';

export type GoalFields = Record<
  'chatsTarget' | 'deadline' | 'chatsPerWeek' | 'actionsPerDay' | 'minutesPerDay',
  string
>;
export type FieldName = keyof GoalFields;
export type GoalDraft = Omit<Goal, 'startedOn'>;
/** An i18n key per invalid field. */
export type FieldErrors = Partial<Record<FieldName, string>>;

export const DEFAULT_WEEKS = 12;

export function defaultFields(today: DayKey): GoalFields {
  return {
    chatsTarget: '50',
    deadline: addDays(today, DEFAULT_WEEKS * 7),
    chatsPerWeek: '4',
    actionsPerDay: '5',
    minutesPerDay: '30',
  };
}

export function fieldsOf(goal: GoalDraft): GoalFields {
  return {
    chatsTarget: String(goal.chatsTarget),
    deadline: goal.deadline,
    chatsPerWeek: String(goal.chatsPerWeek),
    actionsPerDay: String(goal.actionsPerDay),
    minutesPerDay: String(goal.minutesPerDay),
  };
}

/** A number typed into a field, or NaN when blank or not a number. */
const num = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

function checkWhole(text: string, min: number, max: number, key: string): string | undefined {
  const n = num(text);
  return Number.isInteger(n) && n >= min && n <= max ? undefined : key;
}

/** The same bounds the background's GoalSchema enforces, said in words next to the field. */
export function validate(fields: GoalFields, today: DayKey): FieldErrors {
  const errors: FieldErrors = {};
  const target = checkWhole(fields.chatsTarget, 1, 1000, 'plan_errorChats');
  if (target) errors.chatsTarget = target;
  if (fields.deadline.trim() === '') errors.deadline = 'plan_errorDeadline';
  else if (!isValidDay(fields.deadline)) errors.deadline = 'plan_errorDeadlineNotADay';
  else if (fields.deadline <= today) errors.deadline = 'plan_errorDeadlinePast';
  const perWeek = num(fields.chatsPerWeek);
  if (!(Number.isFinite(perWeek) && perWeek >= 0 && perWeek <= 100))
    errors.chatsPerWeek = 'plan_errorPerWeek';
  const actions = checkWhole(fields.actionsPerDay, 0, 200, 'plan_errorPerDay');
  if (actions) errors.actionsPerDay = actions;
  const minutes = checkWhole(fields.minutesPerDay, 5, 600, 'plan_errorMinutes');
  if (minutes) errors.minutesPerDay = minutes;
  return errors;
}

/** The goal to save; null while any field is invalid. */
export function toDraft(fields: GoalFields, today: DayKey): GoalDraft | null {
  if (Object.keys(validate(fields, today)).length > 0) return null;
  return {
    chatsTarget: num(fields.chatsTarget),
    deadline: fields.deadline,
    chatsPerWeek: num(fields.chatsPerWeek),
    actionsPerDay: num(fields.actionsPerDay),
    minutesPerDay: num(fields.minutesPerDay),
  };
}

/**
 * The picture for the values in the form, live. Only the fields the sentence needs must be
 * valid (target and date); a blank pace projects as 0 a week. Null while those are invalid.
 */
export function previewPicture(
  fields: GoalFields,
  today: DayKey,
  startedOn: DayKey,
  outreach: Outreach[],
): PlanPicture | null {
  const errors = validate(fields, today);
  if (errors.chatsTarget || errors.deadline) return null;
  const goal: Goal = {
    chatsTarget: num(fields.chatsTarget),
    deadline: fields.deadline,
    chatsPerWeek: errors.chatsPerWeek ? 0 : num(fields.chatsPerWeek),
    actionsPerDay: errors.actionsPerDay ? 0 : num(fields.actionsPerDay),
    minutesPerDay: errors.minutesPerDay ? 0 : num(fields.minutesPerDay),
    startedOn: startedOn <= today ? startedOn : today,
  };
  return planPicture(planInputFrom(goal, today, outreach));
}

/** "Raise my sub-goals": what the deadline needs, never lower than what the user already set. */
export function raised(fields: GoalFields, needed: SubGoals): GoalFields {
  const keep = (text: string, floor: number): string => {
    const n = num(text);
    return String(Number.isFinite(n) && n > floor ? n : floor);
  };
  return {
    ...fields,
    chatsPerWeek: keep(fields.chatsPerWeek, needed.chatsPerWeek),
    actionsPerDay: keep(fields.actionsPerDay, needed.actionsPerDay),
  };
}
