// The Progress section: today and this week, chats held against the plan, the day-by-day
// activity, the streak, and which approaches get replies.
import { planInputFrom, planPicture } from '../../coach/plan';
import type { DayKey } from '../../model';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { href } from '../routes';
import { ActivityHeatmap } from './ActivityHeatmap';
import { BurnupChart } from './BurnupChart';
import { burnupSeries } from './burnup';
import { heatmap } from './heatmap';
import { RatesSection } from './RatesSection';
import { StreakCard } from './StreakCard';
import { TodayCard } from './TodayCard';
import './progress.css';

function BurnupSection() {
  const { data } = useData();
  const { goal, outreach } = data;
  const today = data.today.day;
  if (!goal) {
    return (
      <section class="card stack" aria-labelledby="progress-burnup-h">
        <h3 id="progress-burnup-h">{t('progress_burnupHeading')}</h3>
        <p class="muted">
          {t('progress_noGoal')} <a href={href({ section: 'plan' })}>{t('progress_setGoal')}</a>
        </p>
      </section>
    );
  }
  const input = planInputFrom(goal, today, outreach);
  const picture = planPicture(input);
  const series = burnupSeries({
    goal,
    today,
    heldDays: input.heldChatDays,
    pace: picture.actual.chatsPerWeek,
  });
  return (
    <section class="card stack" aria-labelledby="progress-burnup-h">
      <h3 id="progress-burnup-h">{t('progress_burnupHeading')}</h3>
      {series.held === 0 && <p class="muted">{t('progress_noChats')}</p>}
      <BurnupChart series={series} />
    </section>
  );
}

/** The plan's start, or the first day anything was logged if that came before (or without) a plan. */
function heatmapStart(startedOn: DayKey | null, outreach: { day: DayKey }[]): DayKey | null {
  let first = startedOn;
  for (const { day } of outreach) if (first === null || day < first) first = day;
  return first;
}

export function ProgressView() {
  const { data } = useData();
  const today = data.today.day;
  const nothingYet = data.outreach.length === 0;
  return (
    <div class="stack">
      <h2 tabIndex={-1}>{t('progress_title')}</h2>
      <TodayCard data={data} />
      <BurnupSection />
      <section class="card stack" aria-labelledby="progress-activity-h">
        <h3 id="progress-activity-h">{t('progress_activityHeading')}</h3>
        {nothingYet ? (
          <p class="muted">{t('progress_noOutreach')}</p>
        ) : (
          <ActivityHeatmap
            map={heatmap(
              data.outreach.map((o) => o.day),
              today,
              data.today.actionsTarget,
              heatmapStart(data.goal?.startedOn ?? null, data.outreach),
            )}
            target={data.today.actionsTarget}
          />
        )}
      </section>
      <StreakCard outreach={data.outreach} today={today} />
      {nothingYet ? null : <RatesSection outreach={data.outreach} contacts={data.contacts} />}
    </div>
  );
}
