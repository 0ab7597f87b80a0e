// Changes a goal in one form: every field, the live projection and Save.
import { useState } from 'preact/hooks';
import { dayKey } from '../../coach/days';
import { type DayKey, errorText, type Goal, type Outreach } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { defaultFields, type FieldName, fieldsOf, type GoalFields } from './fields';
import { fieldId, GoalInputs } from './GoalInputs';
import { LiveProjection } from './LiveProjection';
import { useGoalFields } from './useGoalFields';

const ALL: readonly FieldName[] = [
  'chatsTarget',
  'deadline',
  'chatsPerWeek',
  'actionsPerDay',
  'minutesPerDay',
];

const sameFields = (a: GoalFields, b: GoalFields) => ALL.every((name) => a[name] === b[name]);

interface Props {
  goal: Goal | null;
  onSaved: (goal: Goal) => void | Promise<void>;
  /** For the projection at the user's actual pace; none means the planned pace. */
  outreach?: Outreach[];
  today?: DayKey;
}

export function GoalForm({ goal, onSaved, outreach = [], today = dayKey(Date.now()) }: Props) {
  const state = useGoalFields(
    () => (goal ? fieldsOf(goal) : defaultFields(today)),
    today,
    goal?.startedOn ?? today,
    outreach,
  );
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  const save = async (e: Event) => {
    e.preventDefault();
    const first = ALL.find((name) => state.errors[name]);
    if (!state.draft || first) {
      setStatus({ error: true, text: t('plan_fixErrors') });
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    try {
      const saved = await send('goal.set', { goal: state.draft });
      setStatus({ error: false, text: t('saved') });
      await onSaved(saved);
    } catch (error) {
      setStatus({
        error: true,
        text: t('plan_saveFailed', errorText(error)),
      });
    }
  };

  return (
    <form class="stack" onSubmit={save} noValidate>
      <GoalInputs
        names={ALL}
        fields={state.fields}
        errors={state.errors}
        onChange={(name, value) => {
          setStatus(null);
          state.setField(name, value);
        }}
      />
      <LiveProjection
        picture={state.picture}
        fields={state.fields}
        onRaise={state.setFields}
        sentence={!goal || !sameFields(state.fields, fieldsOf(goal))}
      />
      <div class="row">
        <button type="submit" class="primary">
          {t('plan_save')}
        </button>
        <span role="status" class={status?.error ? 'error' : 'good'}>
          {status?.text}
        </span>
      </div>
    </form>
  );
}
