import { useEffect, useState } from 'preact/hooks';
import type { ContactView, PageReadView, TodayView } from '../messages';
import { browser } from '../platform/browser';
import { send } from '../platform/send';
import { t } from '../ui/i18n';
import { ProgressRing } from '../ui/ProgressRing';
import { PersonCard } from './PersonCard';
import { activeTab, readTab } from './tab';

type State =
  | { step: 'loading' }
  | { step: 'elsewhere' }
  | { step: 'page'; read: PageReadView | null; tabId: number }
  | { step: 'person'; read: PageReadView; person: ContactView; tabId: number };

async function load(): Promise<State> {
  const tab = await activeTab();
  if (!tab?.url?.startsWith('https://www.linkedin.com/')) return { step: 'elsewhere' };
  const read = await readTab(tab.id);
  if (!read?.profile || read.profile.self) return { step: 'page', read, tabId: tab.id };
  const person = await send('profile.seen', { profile: read.profile });
  return { step: 'person', read, person, tabId: tab.id };
}

export function App() {
  const [state, setState] = useState<State>({ step: 'loading' });
  const [today, setToday] = useState<TodayView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    load().then(setState, (e: unknown) => setError(String(e instanceof Error ? e.message : e)));
    send('today.get', {}).then(setToday, () => setToday(null));
  }, []);

  return (
    <>
      <main aria-busy={state.step === 'loading'}>
        <header class="top">
          <h1>{t('extName')}</h1>
          {today && (
            <div class="today">
              <ProgressRing
                done={today.actions}
                target={today.actionsTarget}
                size={52}
                label={t('todayRingLabel', today.actions, today.actionsTarget)}
              />
            </div>
          )}
        </header>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <Body
          state={state}
          onPerson={(person) => state.step === 'person' && setState({ ...state, person })}
        />
      </main>
      <footer class="bottom">
        <span class="muted">
          {today ? t('chatsThisWeek', today.chatsThisWeek, today.chatsPerWeekTarget) : ''}
        </span>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openDashboard')}
        </button>
      </footer>
    </>
  );
}

function Body({ state, onPerson }: { state: State; onPerson: (person: ContactView) => void }) {
  switch (state.step) {
    case 'loading':
      return <p class="muted">{t('loading')}</p>;
    case 'elsewhere':
      return (
        <div class="empty card">
          <p>{t('emptyNotLinkedIn')}</p>
          <p class="muted">{t('emptyNotLinkedInHint')}</p>
        </div>
      );
    case 'page':
      if (!state.read) {
        return (
          <div class="empty card" role="status">
            <p>{t('noContentScript')}</p>
          </div>
        );
      }
      if (state.read.profile?.self) {
        return (
          <div class="empty card">
            <p>{t('ownProfile')}</p>
          </div>
        );
      }
      if (state.read.page === 'profile') {
        return (
          <div class="empty card" role="status">
            <p>{t('cantReadPage')}</p>
            <ul class="missing muted">
              {state.read.missing.map((m) => (
                <li key={m.field}>{m.reason}</li>
              ))}
            </ul>
          </div>
        );
      }
      return (
        <div class="empty card">
          <p>{t('emptyNotProfile')}</p>
        </div>
      );
    case 'person':
      return <PersonCard read={state.read} person={state.person} onChange={onPerson} />;
  }
}
