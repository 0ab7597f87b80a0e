// A small composer for one person, opened from Today's queue or the drafts list. The page is not
// the LinkedIn tab, so there is nothing to insert into: the user copies the message (or opens
// their email), sends it themselves from the profile they open, and logs it here.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type ContactView,
  errorText,
  type Me,
  type Settings,
  type TodayView as TodayCounts,
  type UserTemplate,
} from '../../model';
import { send } from '../../platform/send';
import { Composer } from '../composer/Composer';
import { t } from '../i18n';

interface Loaded {
  person: ContactView;
  me: Me;
  settings: Settings;
  templates: UserTemplate[];
}

interface Props {
  contactId: string;
  counts: TodayCounts | null;
  onClose: () => void;
  onLogged: () => void;
}

export function ComposePanel({ contactId, counts, onClose, onLogged }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    Promise.all([
      send('contact.get', { id: contactId }),
      send('me.get', {}),
      send('settings.get', {}),
      send('templates.list', {}),
    ]).then(
      ([person, me, settings, templates]) => {
        if (!person) setError(t('today_personGone'));
        else setLoaded({ person, me, settings, templates });
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [contactId]);
  useEffect(() => {
    if (loaded) panel.current?.focus();
  }, [loaded !== null]);

  const name = loaded?.person.contact.name ?? '';
  const profileUrl = loaded?.person.contact.profileUrl ?? null;
  return (
    <section
      class="today-compose"
      ref={panel}
      tabIndex={-1}
      aria-label={t('today_composeFor', name)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!loaded && !error && <p class="muted">{t('loading')}</p>}
      {loaded && (
        <>
          <p class="muted">
            {t('today_composeHint')}{' '}
            {profileUrl && (
              <a href={profileUrl} target="_blank" rel="noopener noreferrer">
                {t('today_openProfile', name)}
              </a>
            )}
          </p>
          <Composer
            key={contactId}
            person={loaded.person}
            read={null}
            tabId={null}
            me={loaded.me}
            settings={loaded.settings}
            userTemplates={loaded.templates}
            onMe={(me) => setLoaded({ ...loaded, me })}
            onContact={(contact) => setLoaded({ ...loaded, person: { ...loaded.person, contact } })}
            onLogged={onLogged}
            counts={counts}
          />
        </>
      )}
      <button type="button" onClick={onClose}>
        {t('today_composeClose')}
      </button>
    </section>
  );
}
