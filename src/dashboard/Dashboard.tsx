import { useEffect, useState } from 'preact/hooks';
import type { TodayView } from '../messages';
import type { Goal } from '../model';
import { send } from '../platform/send';
import { t } from '../ui/i18n';
import { ProgressRing } from '../ui/ProgressRing';
import { GoalForm } from './GoalForm';

export function Dashboard() {
  const [goal, setGoal] = useState<Goal | null | undefined>(undefined);
  const [today, setToday] = useState<TodayView | null>(null);

  const refresh = () => {
    send('goal.get', {}).then(setGoal, () => setGoal(null));
    send('today.get', {}).then(setToday, () => setToday(null));
  };
  useEffect(refresh, []);

  return (
    <div class="shell">
      <header>
        <h1>{t('extName')}</h1>
        <span class="muted">{t('dashboardTagline')}</span>
      </header>
      <div class="grid">
        <section class="card" aria-labelledby="today-h">
          <h2 id="today-h">{t('today')}</h2>
          {today ? (
            <div class="row">
              <ProgressRing
                done={today.actions}
                target={today.actionsTarget}
                label={t('todayRingLabel', today.actions, today.actionsTarget)}
              />
              <div>
                <p>{t('todayActions', today.actions, today.actionsTarget)}</p>
                <p>{t('chatsThisWeek', today.chatsThisWeek, today.chatsPerWeekTarget)}</p>
                <p class={today.invitationsThisWeek >= today.invitationCap ? 'warn' : 'muted'}>
                  {t('invitationsThisWeek', today.invitationsThisWeek, today.invitationCap)}
                </p>
              </div>
            </div>
          ) : (
            <p class="muted">{t('loading')}</p>
          )}
        </section>
        <section class="card" aria-labelledby="plan-h">
          <h2 id="plan-h">{t('plan')}</h2>
          {goal === undefined ? (
            <p class="muted">{t('loading')}</p>
          ) : (
            <GoalForm
              goal={goal}
              onSaved={(next) => {
                setGoal(next);
                refresh();
              }}
            />
          )}
        </section>
      </div>
    </div>
  );
}
