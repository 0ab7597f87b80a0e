// The coach's queue for today, in its order: who, why now, and the one move for each — compose
// the message (the composer opens under the item), open their profile to send it, or, for a
// chat to write up or a reply to schedule, go to their page.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PersonRef } from '../../coach/session-view';
import type { TodayItem } from '../../coach/today';
import { errorText } from '../../model';
import { send } from '../../platform/send';
import { t } from '../i18n';
import { type Status, StatusLine } from '../StatusLine';

interface Props {
  items: TodayItem[];
  people: Readonly<Record<string, PersonRef>>;
  /** Which item's composer is open (its key), and the composer, shown under that item. */
  composing: string | null;
  panel: ComponentChildren;
  onCompose: (key: string, contactId: string) => void;
  contactHref?: ((contactId: string) => string) | undefined;
}

export const queueKey = (item: TodayItem): string => `queue:${item.type}:${item.contactId}`;

/** Whom the message goes to: for a second try at the company, the other person. */
const recipientOf = (item: TodayItem): string => item.otherContactId ?? item.contactId;

export function TodayQueue({ items, people, composing, panel, onCompose, contactHref }: Props) {
  const [status, setStatus] = useState<Status | null>(null);
  const nameOf = (id: string) => people[id]?.name ?? t('today_someone');

  const letGo = async (item: TodayItem) => {
    if (!item.outreachId) return;
    try {
      await send('outreach.setStatus', { id: item.outreachId, status: 'no-reply' });
      setStatus({ error: false, text: t('today_letGoDone', nameOf(item.contactId)) });
    } catch (error) {
      setStatus({ error: true, text: errorText(error) });
    }
  };

  return (
    <section class="card stack" aria-labelledby="today-queue-h">
      <h3 id="today-queue-h">{t('today_queueTitle', items.length)}</h3>
      <StatusLine status={status} />
      {items.length === 0 ? (
        <p data-testid="queue-empty">{t('today_queueEmpty')}</p>
      ) : (
        <ol class="today-list" data-testid="queue">
          {items.map((item) => {
            const to = recipientOf(item);
            const person = people[item.contactId];
            const recipient = people[to];
            const href = contactHref?.(item.contactId) ?? null;
            const profile = recipient?.profileUrl ?? null;
            const onPage = item.type === 'debrief' || item.type === 'reply';
            const key = queueKey(item);
            return (
              <li key={key} data-type={item.type}>
                <p>
                  {href ? (
                    <a href={href}>{nameOf(item.contactId)}</a>
                  ) : (
                    <strong>{nameOf(item.contactId)}</strong>
                  )}
                  {person?.company && <span class="muted"> · {person.company}</span>}
                </p>
                <p class="today-why" dir="auto" data-testid="why">
                  {item.reason}
                </p>
                <div class="row">
                  {onPage && href && (
                    <a class="button primary" href={href}>
                      {item.type === 'debrief' ? t('today_debrief') : t('today_schedule')}
                    </a>
                  )}
                  {item.type === 'let-go' ? (
                    <button type="button" onClick={() => void letGo(item)}>
                      {t('today_letGo')}
                      <span class="sr-only"> {t('today_forPerson', nameOf(item.contactId))}</span>
                    </button>
                  ) : (
                    item.type !== 'debrief' && (
                      <button
                        type="button"
                        class={onPage && href ? undefined : 'primary'}
                        aria-expanded={composing === key}
                        data-compose={key}
                        onClick={() => onCompose(key, to)}
                      >
                        {t('today_compose', nameOf(to))}
                      </button>
                    )
                  )}
                  {profile && (
                    <a href={profile} target="_blank" rel="noopener noreferrer">
                      {t('today_openProfile', nameOf(to))}
                    </a>
                  )}
                </div>
                {composing === key && panel}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
