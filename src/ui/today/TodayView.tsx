// Today: a session of the user's minutes a day — the timer, the chats on today's calendar with
// their prep briefs, the coach's queue (each item with why now and one click to compose), the
// drafts waiting, and a short summary when the session closes. Loads everything through the
// background and follows every change it announces, so the dashboard and the side panel can
// both mount it as it is.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SessionView } from '../../coach/session-view';
import { type DraftEntry, errorText, type TodayView as TodayCounts } from '../../model';
import { onDataChanged } from '../../platform/changes';
import { send } from '../../platform/send';
import { t } from '../i18n';
import { ComposePanel } from './ComposePanel';
import { DraftList } from './DraftList';
import { PrepBrief } from './PrepBrief';
import { SessionClock } from './SessionClock';
import { SessionSummary } from './SessionSummary';
import { TodayQueue } from './TodayQueue';
import { useSessionTimer } from './useSessionTimer';
import './today.css';

/** Minutes a day before a goal is set. */
export const DEFAULT_MINUTES = 30;

export interface TodayViewProps {
  /**
   * A link to a person's page, where the chat is scheduled and written up: the dashboard's
   * `#contact/<id>`; the side panel passes the dashboard's full address. No links without it.
   */
  contactHref?: (contactId: string) => string;
  /** The heading can take focus (the dashboard moves focus to it on navigation). */
  focusableHeading?: boolean;
}

interface Loaded {
  session: SessionView;
  drafts: DraftEntry[];
  counts: TodayCounts;
  minutes: number;
}

async function load(): Promise<Loaded> {
  const [session, drafts, counts, goal] = await Promise.all([
    send('session.get', {}),
    send('drafts.list', {}),
    send('today.get', {}),
    send('goal.get', {}),
  ]);
  return { session, drafts, counts, minutes: goal?.minutesPerDay ?? DEFAULT_MINUTES };
}

export function TodayView({ contactHref, focusableHeading = false }: TodayViewProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [composing, setComposing] = useState<{ key: string; contactId: string } | null>(null);
  const reload = useCallback(async () => {
    try {
      setLoaded(await load());
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => {
    void reload();
    return onDataChanged(() => void reload());
  }, [reload]);
  const timer = useSessionTimer(loaded?.minutes ?? DEFAULT_MINUTES);
  const closed = timer.reading !== null && (timer.reading.ended || timer.reading.phase === 'done');
  useEffect(() => {
    if (closed) document.getElementById('today-summary-h')?.focus();
  }, [closed]);

  const compose = (key: string, contactId: string) =>
    setComposing((open) => (open?.key === key ? null : { key, contactId }));
  const close = () => {
    const key = composing?.key;
    setComposing(null);
    // Back to the button that opened it.
    requestAnimationFrame(() =>
      [...document.querySelectorAll<HTMLElement>('[data-compose]')]
        .find((el) => el.dataset.compose === key)
        ?.focus(),
    );
  };
  const panel = composing && (
    <ComposePanel
      contactId={composing.contactId}
      counts={loaded?.counts ?? null}
      onClose={close}
      onLogged={() => void reload()}
    />
  );

  return (
    <div class="stack today">
      <h2 tabIndex={focusableHeading ? -1 : undefined}>{t('today_title')}</h2>
      <p class="muted">{t('today_intro')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!loaded ? (
        !error && <p class="muted">{t('loading')}</p>
      ) : (
        <>
          {closed && (
            <SessionSummary
              actions={loaded.counts.actions}
              target={loaded.counts.actionsTarget}
              streak={loaded.session.streak}
              tomorrow={loaded.session.tomorrow}
              chatsTomorrow={loaded.session.chatsTomorrow}
              nameOf={(id) => loaded.session.people[id]?.name ?? t('today_someone')}
              onReopen={timer.reopen}
            />
          )}
          {timer.reading && (
            <SessionClock
              reading={timer.reading}
              controls={timer}
              actions={loaded.counts.actions}
              target={loaded.counts.actionsTarget}
            />
          )}
          {loaded.session.briefs.length > 0 && (
            <section class="stack" aria-labelledby="today-chats-h">
              <h3 id="today-chats-h">{t('today_chatsTitle', loaded.session.briefs.length)}</h3>
              {loaded.session.briefs.map((brief) => (
                <PrepBrief key={brief.chat.outreachId} brief={brief} headingLevel={4} />
              ))}
            </section>
          )}
          <TodayQueue
            items={loaded.session.items}
            people={loaded.session.people}
            composing={composing?.key ?? null}
            panel={panel}
            onCompose={compose}
            contactHref={contactHref}
          />
          <DraftList
            drafts={loaded.drafts}
            composing={composing?.key ?? null}
            panel={panel}
            onResume={compose}
            contactHref={contactHref}
          />
        </>
      )}
    </div>
  );
}
