// The day's minutes: how much is left, and Start / Pause / End. The time is shown as a clock
// and, for screen readers, in words that are announced only when the user acts.
import { clockText, type TimerReading } from '../../coach/session-timer';
import { t, tPlural } from '../i18n';
import type { TimerControls } from './useSessionTimer';

export function SessionClock({
  reading,
  controls,
  actions,
  target,
}: {
  reading: TimerReading;
  controls: TimerControls;
  actions: number;
  target: number;
}) {
  const minutes = Math.round(reading.totalMs / 60_000);
  const leftMinutes = Math.ceil(reading.leftMs / 60_000);
  const spent = reading.totalMs === 0 ? 1 : 1 - reading.leftMs / reading.totalMs;
  return (
    <section class="card today-clock" aria-labelledby="today-clock-h">
      <h3 id="today-clock-h">{tPlural('today_sessionTitle', minutes)}</h3>
      <div class="row between">
        <p class="today-time" role="timer" aria-label={tPlural('today_timeLeft', leftMinutes)}>
          {clockText(reading.leftMs)}
        </p>
        <p class="muted">{t('today_actions', actions, target)}</p>
      </div>
      <div
        class="today-bar"
        role="progressbar"
        aria-label={t('today_timeUsed')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(spent * 100)}
      >
        <span style={{ width: `${Math.round(spent * 100)}%` }} />
      </div>
      <div class="row">
        {reading.phase === 'running' ? (
          <button type="button" onClick={controls.pause}>
            {t('today_pause')}
          </button>
        ) : (
          reading.phase !== 'done' && (
            <button type="button" class="primary" onClick={controls.start}>
              {reading.phase === 'paused' ? t('today_resume') : t('today_start')}
            </button>
          )
        )}
        {!reading.ended && reading.phase !== 'ready' && (
          <button type="button" onClick={controls.end}>
            {t('today_end')}
          </button>
        )}
        <span class="muted" aria-live="polite">
          {reading.phase === 'running'
            ? t('today_running')
            : reading.phase === 'paused'
              ? t('today_paused')
              : reading.phase === 'done'
                ? t('today_timeUp')
                : ''}
        </span>
      </div>
    </section>
  );
}
