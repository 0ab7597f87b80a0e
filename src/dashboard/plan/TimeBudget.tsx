// The method's point about time: half an hour a day keeps the plan moving, so the budget is
// shown as minutes per outreach action rather than as another target.
import { t, tPlural } from '../../ui/i18n';
import type { GoalDraft } from './fields';

/** Below this, an outreach action (find, read, personalise, send) is rushed. */
const MIN_MINUTES_PER_ACTION = 3;

export function TimeBudget({ goal }: { goal: Pick<GoalDraft, 'minutesPerDay' | 'actionsPerDay'> }) {
  const { minutesPerDay, actionsPerDay } = goal;
  if (actionsPerDay <= 0) return <p>{t('plan_timeBudgetNoActions', minutesPerDay)}</p>;
  const each = Math.floor(minutesPerDay / actionsPerDay);
  return (
    <div>
      <p>
        {t(
          'plan_timeBudget',
          tPlural('count_minutesADay', minutesPerDay),
          tPlural('count_actions', actionsPerDay),
          each,
        )}
      </p>
      {each < MIN_MINUTES_PER_ACTION && <p class="warn">{t('plan_timeTight', MIN_MINUTES_PER_ACTION)}</p>}
    </div>
  );
}
