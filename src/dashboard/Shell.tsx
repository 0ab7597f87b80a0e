import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { TodayView } from '../ui/today/TodayView';
import { DataContext, useDashboardDataLoader } from './data';
import { DataView as DataSection } from './data/DataView';
import { MeView } from './me/MeView';
import { ContactPage } from './people/ContactPage';
import { PeopleView } from './people/PeopleView';
import { PipelineView } from './pipeline/PipelineView';
import { PlanView } from './plan/PlanView';
import { ProgressView } from './progress/ProgressView';
import { href, parseRoute, type Route, SECTIONS } from './routes';
import { SettingsView } from './settings/SettingsView';
import { TemplatesView } from './templates/TemplatesView';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function Shell() {
  const route = useRoute();
  const { data, error, reload } = useDashboardDataLoader();
  const current = route.section === 'contact' ? 'people' : route.section;

  useEffect(() => {
    // Move focus to the new section's heading so keyboard and screen-reader users follow along.
    document.querySelector<HTMLElement>('main h2')?.focus();
    // The tab and the history name the section, in the UI language.
    document.title = t('dashboard_title', t(`section_${current}`));
  }, [route, current]);

  return (
    <div class="shell">
      <a class="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header class="masthead">
        <h1>{t('extName')}</h1>
        <span class="muted">{t('dashboardTagline')}</span>
      </header>
      <nav aria-label={t('sections')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={href({ section })} aria-current={current === section ? 'page' : undefined}>
                {t(`section_${section}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {!data ? (
          <p class="muted">{t('loading')}</p>
        ) : (
          <DataContext.Provider value={{ data, reload }}>
            <View route={route} />
          </DataContext.Provider>
        )}
      </main>
    </div>
  );
}

function View({ route }: { route: Route }) {
  switch (route.section) {
    case 'today':
      return <TodayView contactHref={(id) => href({ section: 'contact', id })} focusableHeading />;
    case 'plan':
      return <PlanView />;
    case 'progress':
      return <ProgressView />;
    case 'pipeline':
      return <PipelineView />;
    case 'people':
      return <PeopleView />;
    case 'contact':
      return <ContactPage id={route.id} />;
    case 'me':
      return <MeView />;
    case 'templates':
      return <TemplatesView />;
    case 'data':
      return <DataSection />;
    case 'settings':
      return <SettingsView />;
  }
}
