// First run: the goal in three short steps — the goal, the pace, the time — with the
// projection of the numbers so far under every step.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type DayKey, errorText, type Goal, type Outreach } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { defaultFields, type FieldName } from './fields';
import { fieldId, GoalInputs } from './GoalInputs';
import { LiveProjection } from './LiveProjection';
import { TimeBudget } from './TimeBudget';
import { useGoalFields } from './useGoalFields';

const STEPS: readonly { title: () => string; names: readonly FieldName[] }[] = [
  { title: () => t('plan_stepGoal'), names: ['chatsTarget', 'deadline'] },
  { title: () => t('plan_stepPace'), names: ['chatsPerWeek', 'actionsPerDay'] },
  { title: () => t('plan_stepTime'), names: ['minutesPerDay'] },
];

interface Props {
  today: DayKey;
  outreach: Outreach[];
  onSaved: (goal: Goal) => Promise<void>;
}

export function GoalWizard({ today, outreach, onSaved }: Props) {
  const state = useGoalFields(() => defaultFields(today), today, today, outreach);
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = STEPS[index] ?? STEPS[0];
  const last = index === STEPS.length - 1;

  useEffect(() => {
    // After Back or Next, put keyboard and screen-reader users at the top of the new step.
    if (moved.current) heading.current?.focus();
  }, [index]);

  const go = (to: number) => {
    moved.current = true;
    setError(null);
    setIndex(to);
  };

  /** Stays on the step and focuses the first invalid field, if any. */
  const blocked = (names: readonly FieldName[]): boolean => {
    const invalid = names.find((name) => state.errors[name]);
    if (invalid) document.getElementById(fieldId(invalid))?.focus();
    return invalid !== undefined;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!step || blocked(step.names)) return;
    if (!last) return go(index + 1);
    const all = STEPS.flatMap((s) => s.names);
    if (blocked(all) || !state.draft) return setError(t('plan_fixErrors'));
    try {
      await onSaved(await send('goal.set', { goal: state.draft }));
    } catch (failure) {
      setError(t('plan_saveFailed', errorText(failure)));
    }
  };

  if (!step) return null;
  return (
    <section class="card stack" aria-labelledby="plan-wizard-step">
      <p>{t('plan_wizardIntro')}</p>
      <form class="stack" onSubmit={submit} noValidate>
        <h3 id="plan-wizard-step" ref={heading} tabIndex={-1}>
          {t('plan_step', index + 1, STEPS.length, step.title())}
        </h3>
        <GoalInputs
          names={step.names}
          fields={state.fields}
          errors={state.errors}
          onChange={state.setField}
        />
        <LiveProjection picture={state.picture} fields={state.fields} onRaise={state.setFields} />
        {last && state.draft && <TimeBudget goal={state.draft} />}
        <div class="row">
          {index > 0 && (
            <button type="button" onClick={() => go(index - 1)}>
              {t('plan_back')}
            </button>
          )}
          <button type="submit" class="primary">
            {last ? t('plan_start') : t('plan_next')}
          </button>
          <span role="status" class="error">
            {error}
          </span>
        </div>
      </form>
    </section>
  );
}
