// The saved goal in plain words: the target, the sentence at the pace actually kept, the
// sub-goals and the time budget.
import { formatDay } from '../../coach/messages';
import { planInputFrom, planPicture, sentence } from '../../coach/plan';
import type { DayKey, Goal, Outreach } from '../../model';
import { coachLocale, coachText } from '../../ui/coach-text';
import { t, tPlural } from '../../ui/i18n';
import { ProgressRing } from '../../ui/ProgressRing';
import { TimeBudget } from './TimeBudget';

interface Props {
  goal: Goal;
  today: DayKey;
  outreach: Outreach[];
}

export function GoalSummary({ goal, today, outreach }: Props) {
  const picture = planPicture(planInputFrom(goal, today, outreach));
  return (
    <section class="card stack" aria-labelledby="plan-goal-h">
      <h3 id="plan-goal-h">{t('plan_yourGoal')}</h3>
      <div class="row">
        <ProgressRing
          done={picture.held}
          target={goal.chatsTarget}
          size={72}
          label={tPlural('plan_heldRing', picture.held, goal.chatsTarget)}
        />
        <div>
          <p class="figure">
            {tPlural('plan_goalLine', goal.chatsTarget, formatDay(goal.deadline, today, coachLocale()))}
          </p>
          <p class="muted">
            {tPlural('plan_heldSoFar', picture.held, formatDay(goal.startedOn, today, coachLocale()))}
          </p>
        </div>
      </div>
      <p class="plan-sentence">{sentence(picture, coachLocale(), coachText())}</p>
      <p>
        {t(
          'plan_subGoalLine',
          tPlural('count_chatsAWeek', goal.chatsPerWeek),
          tPlural('count_actionsADay', goal.actionsPerDay),
        )}
      </p>
      <TimeBudget goal={goal} />
    </section>
  );
}
