// The session's close: the actions done against today's target, the streak, and what comes up
// tomorrow, so the user leaves knowing where they stand and what is next.
import type { Streak } from '../../coach/streak';
import type { TodayItem } from '../../coach/today';
import type { Chat } from '../../model';
import { t, tPlural } from '../i18n';

interface Props {
  actions: number;
  target: number;
  streak: Streak;
  tomorrow: TodayItem[];
  chatsTomorrow: Chat[];
  nameOf: (contactId: string) => string;
  onReopen: () => void;
}

export function SessionSummary({
  actions,
  target,
  streak,
  tomorrow,
  chatsTomorrow,
  nameOf,
  onReopen,
}: Props) {
  const met = actions >= target;
  return (
    <section class="card today-summary" aria-labelledby="today-summary-h">
      <h3 id="today-summary-h" tabIndex={-1}>
        {t('today_summaryTitle')}
      </h3>
      <p class={met ? 'good' : undefined} data-testid="summary-actions">
        {met ? t('today_summaryMet', actions, target) : t('today_summaryShort', actions, target)}
      </p>
      <p data-testid="summary-streak">
        {streak.current === 0
          ? t('today_streakNone')
          : `${tPlural('today_streak', streak.current)}${streak.doneToday ? '' : ` ${t('today_streakKeep')}`}`}
      </p>
      <h4>{t('today_tomorrowTitle')}</h4>
      {tomorrow.length === 0 && chatsTomorrow.length === 0 ? (
        <p class="muted">{t('today_tomorrowEmpty')}</p>
      ) : (
        <ul data-testid="summary-tomorrow">
          {chatsTomorrow.map((chat) => (
            <li key={chat.outreachId}>
              {chat.time
                ? t('today_tomorrowChatAt', nameOf(chat.contactId), chat.time)
                : t('today_tomorrowChat', nameOf(chat.contactId))}
            </li>
          ))}
          {tomorrow.map((item) => (
            <li key={`${item.type}:${item.contactId}`}>
              <strong>{nameOf(item.contactId)}</strong> — <span dir="auto">{item.reason}</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onReopen}>
        {t('today_backToQueue')}
      </button>
    </section>
  );
}
