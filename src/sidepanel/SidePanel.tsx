// Two views in the panel: the person on the active tab (with the composer), and today's session.
import { useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { t } from '../ui/i18n';
import { App } from '../ui/person/App';
import { TodayView } from '../ui/today/TodayView';

type View = 'page' | 'today';

const contactHref = (id: string) => browser.runtime.getURL(`src/dashboard/index.html#contact/${id}`);

export function SidePanel() {
  const [view, setView] = useState<View>('page');
  return (
    <>
      <nav class="panel-tabs" aria-label={t('panelViews')}>
        {(['page', 'today'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {v === 'page' ? t('panelOnThisPage') : t('panelToday')}
          </button>
        ))}
      </nav>
      {/* The person view stays mounted: its draft and the tab it follows survive a look at Today. */}
      <div hidden={view !== 'page'}>
        <App panel />
      </div>
      {view === 'today' && (
        <main class="panel-today">
          <TodayView contactHref={contactHref} />
        </main>
      )}
    </>
  );
}
