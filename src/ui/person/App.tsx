import { useEffect, useState } from 'preact/hooks';
import './person.css';
import { isProfile } from '../../linkedin/pages';
import { canonicalProfileUrl, sameProfile } from '../../linkedin/profile-url';
import {
  type ContactView,
  errorText,
  type Me,
  type PageReadView,
  type Settings,
  type TodayView,
  type UserTemplate,
} from '../../model';
import { browser } from '../../platform/browser';
import { onDataChanged } from '../../platform/changes';
import { send } from '../../platform/send';
import { activeTab, followActiveTab, readTab } from '../../platform/tab';
import { Composer } from '../composer/Composer';
import { pluralKey, t } from '../i18n';
import { ProgressRing } from '../ProgressRing';
import { ManualEntry } from './ManualEntry';
import { MissingField } from './missing';
import { OpenSidePanel } from './OpenSidePanel';
import { PersonCard } from './PersonCard';
import { ReplyOffer } from './ReplyOffer';
import { SaveReport } from './SaveReport';
import { SearchList } from './SearchList';
import { Summary } from './Summary';

type Page =
  | { step: 'loading' }
  | { step: 'elsewhere' }
  | { step: 'page'; read: PageReadView | null; tabId: number }
  | { step: 'person'; read: PageReadView | null; person: ContactView; tabId: number | null };

interface Basics {
  me: Me;
  settings: Settings;
  templates: UserTemplate[];
}

async function loadPage(): Promise<Page> {
  const tab = await activeTab();
  if (!tab?.url?.startsWith('https://www.linkedin.com/')) return { step: 'elsewhere' };
  // The tab's address names the profile, so the stored person is asked for while the content
  // script reads the page afresh; the page's own canonical URL has the last word.
  const fromAddress = isProfile(tab.url) ? canonicalProfileUrl(tab.url) : null;
  const [read, early] = await Promise.all([
    readTab(tab.id),
    fromAddress ? send('contact.lookup', { profileUrl: fromAddress }).catch(() => null) : null,
  ]);
  // A conversation open with one person (the messaging page, or the overlay off a profile):
  // the composer is for them.
  const other = read?.thread?.with.length === 1 ? read.thread.with[0] : undefined;
  if ((!read?.profile || read.profile.self) && other?.profileUrl) {
    const person = await send('contact.lookup', { profileUrl: other.profileUrl }).catch(() => null);
    if (person) return { step: 'person', read, person, tabId: tab.id };
  }
  if (!read?.profile || read.profile.self) return { step: 'page', read, tabId: tab.id };
  // The content script stored the person already; a read is cheaper than another upsert.
  const person =
    (early && sameProfile(early.contact.profileUrl ?? '', read.profile.profileUrl) ? early : null) ??
    (await send('contact.lookup', { profileUrl: read.profile.profileUrl })) ??
    (await send('profile.seen', { profile: read.profile }));
  return { step: 'person', read, person, tabId: tab.id };
}

/** What the popup asks for as it opens, all at once. */
export interface Loading {
  page: Promise<Page>;
  basics: Promise<Basics>;
}

/**
 * Starts every request the popup needs. `main.tsx` calls it before the first render, so the
 * round trips to the tab and the background run while Preact mounts instead of after it.
 */
export function startLoading(): Loading {
  return {
    page: loadPage(),
    basics: Promise.all([send('me.get', {}), send('settings.get', {}), send('templates.list', {})]).then(
      ([me, settings, templates]) => ({ me, settings, templates }),
    ),
  };
}

/**
 * The person on the tab and the composer. In the popup it loads once; in the side panel (`panel`)
 * it follows the active tab: a tab switch, an in-app navigation, a conversation opened.
 */
export function App({ loading, panel = false }: { loading?: Loading; panel?: boolean }) {
  const [page, setPage] = useState<Page>({ step: 'loading' });
  const [basics, setBasics] = useState<Basics | null>(null);
  const [today, setToday] = useState<TodayView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [replyPending, setReplyPending] = useState(false);
  const refreshToday = () =>
    void send('today.get', {}).then(setToday, (e: unknown) => {
      setToday(null);
      setError(errorText(e));
    });

  useEffect(() => {
    const fail = (e: unknown) => setError(errorText(e));
    const started = loading ?? startLoading();
    started.page.then(setPage, fail);
    started.basics.then(setBasics, fail);
    refreshToday();
  }, []);
  useEffect(() => {
    const stopChanges = onDataChanged(refreshToday);
    if (!panel) return stopChanges;
    const stopFollowing = followActiveTab(() => void loadPage().then(setPage, () => {}));
    return () => {
      stopChanges();
      stopFollowing();
    };
  }, []);

  const setPerson = (person: ContactView) => {
    if (page.step !== 'person') return;
    setPage({ ...page, person });
    // A correction changes the advice: the background recomputes it for the stored person.
    void send('contact.get', { id: person.contact.id }).then(
      (fresh) =>
        fresh && setPage((current) => (current.step === 'person' ? { ...current, person: fresh } : current)),
      () => {},
    );
  };

  return (
    <>
      <main aria-busy={page.step === 'loading'}>
        <header class="top">
          <h1>{t('extName')}</h1>
          {today && (
            <ProgressRing
              done={today.actions}
              target={today.actionsTarget}
              size={52}
              label={t(pluralKey('todayRingLabel', today.actionsTarget), today.actions, today.actionsTarget)}
            />
          )}
        </header>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <Body page={page} />
        {page.step === 'page' && page.read?.page === 'search' && page.read.search?.length ? (
          <SearchList results={page.read.search} />
        ) : null}
        {page.step === 'page' && page.read?.page === 'profile' && !page.read.profile && (
          <SaveReport tabId={page.tabId} />
        )}
        {page.step === 'page' && page.read?.page === 'profile' && !page.read.profile && (
          <ManualEntry
            url={page.read.url}
            onSaved={(person) => setPage({ step: 'person', read: null, person, tabId: page.tabId })}
          />
        )}
        {(page.step === 'elsewhere' || page.step === 'page') && (
          <Summary onCompose={(person) => setPage({ step: 'person', read: null, person, tabId: null })} />
        )}
        {page.step === 'person' && (
          <>
            <ReplyOffer
              thread={page.read?.thread}
              onChange={() => setPerson(page.person)}
              onPending={setReplyPending}
            />
            <PersonCard read={page.read} person={page.person} onChange={setPerson} />
            {basics && !replyPending && (
              <Composer
                key={page.person.contact.id}
                person={page.person}
                read={page.read}
                tabId={page.tabId}
                me={basics.me}
                settings={basics.settings}
                userTemplates={basics.templates}
                onMe={(me) => setBasics({ ...basics, me })}
                onContact={(contact) => setPerson({ ...page.person, contact })}
                onLogged={refreshToday}
                counts={today}
              />
            )}
          </>
        )}
      </main>
      <footer class="bottom">
        <span class="muted">
          {today ? t('chatsThisWeek', today.chatsThisWeek, today.chatsPerWeekTarget) : ''}
        </span>
        <span class="row">
          {!panel && (
            <OpenSidePanel tabId={page.step === 'page' || page.step === 'person' ? page.tabId : null} />
          )}
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openDashboard')}
          </button>
        </span>
      </footer>
    </>
  );
}

function Body({ page }: { page: Page }) {
  switch (page.step) {
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
      if (!page.read) {
        return (
          <div class="empty card" role="status">
            <p>{t('noContentScript')}</p>
          </div>
        );
      }
      if (page.read.profile?.self) {
        return (
          <div class="empty card">
            <p>{t('ownProfile')}</p>
          </div>
        );
      }
      if (page.read.page === 'profile') {
        return (
          <div class="empty card" role="status">
            <p>{t('cantReadPage')}</p>
            {page.read.missing[0] && (
              <div class="missing muted">
                <MissingField {...page.read.missing[0]} />
              </div>
            )}
          </div>
        );
      }
      return (
        <div class="empty card">
          <p>{t('emptyNotProfile')}</p>
        </div>
      );
    case 'person':
      return null;
  }
}
