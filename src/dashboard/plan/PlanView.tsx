// The Plan section: a short wizard until a goal exists; then the goal in plain words and a
// form to change it.
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { GoalForm } from './GoalForm';
import { GoalSummary } from './GoalSummary';
import { GoalWizard } from './GoalWizard';
import './plan.css';

export function PlanView() {
  const { data, reload } = useData();
  const { goal, outreach } = data;
  const today = data.today.day;
  return (
    <div class="stack">
      <h2 tabIndex={-1}>{t('plan_title')}</h2>
      {goal ? (
        <>
          <GoalSummary goal={goal} today={today} outreach={outreach} />
          <section class="card stack" aria-labelledby="plan-edit-h">
            <h3 id="plan-edit-h">{t('plan_editHeading')}</h3>
            <GoalForm goal={goal} today={today} outreach={outreach} onSaved={reload} />
          </section>
        </>
      ) : (
        <GoalWizard today={today} outreach={outreach} onSaved={reload} />
      )}
    </div>
  );
}
