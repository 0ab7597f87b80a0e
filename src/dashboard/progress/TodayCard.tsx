// Today and this week against the targets, and the weekly invitation count against the cap:
// a warning only, since the user decides what to send.
import { progressStats } from '../../coach/stats';
import { InvitationWarning } from '../../ui/InvitationWarning';
import { t, tPlural } from '../../ui/i18n';
import { ProgressRing } from '../../ui/ProgressRing';
import type { DashboardData } from '../data';

export function TodayCard({ data }: { data: DashboardData }) {
  const { today } = data;
  const stats = progressStats({
    today: today.day,
    outreach: data.outreach,
    weeklyInvitationCap: data.settings.weeklyInvitationCap,
  });
  const invitations = stats.week.invitations;
  return (
    <section class="card stack" aria-labelledby="progress-today-h">
      <h3 id="progress-today-h">{t('progress_todayHeading')}</h3>
      <div class="row">
        <ProgressRing
          done={today.actions}
          target={today.actionsTarget}
          label={tPlural('progress_todayActions', today.actions, today.actionsTarget)}
        />
        <ul class="progress-facts">
          <li>{tPlural('progress_todayActions', today.actions, today.actionsTarget)}</li>
          <li>{t('progress_todayChats', stats.today.chatsHeld)}</li>
          <li>{t('progress_weekChats', stats.week.chatsHeld, today.chatsPerWeekTarget)}</li>
          <li>{t('progress_weekActions', stats.week.actions, today.actionsTarget * 7)}</li>
          <li>{t('progress_invitations', invitations.count, invitations.cap)}</li>
        </ul>
      </div>
      <InvitationWarning warning={invitations.warn} />
    </section>
  );
}
