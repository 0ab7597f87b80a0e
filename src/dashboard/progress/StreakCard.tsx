// Days in a row with at least one outreach action: the current run and the best one.
import { streak } from '../../coach/streak';
import type { DayKey, Outreach } from '../../model';
import { t, tPlural } from '../../ui/i18n';

const days = (n: number): string => tPlural('progress_days', n);

export function StreakCard({ outreach, today }: { outreach: Outreach[]; today: DayKey }) {
  const run = streak(
    outreach.map((o) => o.day),
    today,
  );
  return (
    <section class="card stack" aria-labelledby="progress-streak-h">
      <h3 id="progress-streak-h">{t('progress_streakHeading')}</h3>
      <div class="row progress-streak">
        <p>
          <span class="figure">{days(run.current)}</span>
          <br />
          <span class="muted">{t('progress_streakCurrent')}</span>
        </p>
        <p>
          <span class="figure">{days(run.best)}</span>
          <br />
          <span class="muted">{t('progress_streakBest')}</span>
        </p>
      </div>
      {!run.doneToday && (
        <p class="muted">{run.current > 0 ? t('progress_streakKeep') : t('progress_streakStart')}</p>
      )}
    </section>
  );
}
