import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DueItem } from '../../coach/followups';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { ContactList } from './ContactList';
import { DueList } from './DueList';
import { Top20Section } from './Top20Section';
import { useTop20 } from './useTop20';
import { WarmContactForm } from './WarmContactForm';
import './people.css';
import { errorText } from '../../model';

/** People: the Top 20, warm contacts, everyone, and who to write to now. */
export function PeopleView() {
  const { data } = useData();
  const [announcement, setAnnouncement] = useState('');
  const top20 = useTop20(setAnnouncement);
  const [due, setDue] = useState<DueItem[] | null>(null);
  const [dueError, setDueError] = useState<string | null>(null);
  const byId = useMemo(() => new Map(data.contacts.map((c) => [c.id, c])), [data.contacts]);

  useEffect(() => {
    let current = true;
    send('due.get', {}).then(
      (items) => current && setDue(items),
      (e: unknown) => current && setDueError(errorText(e)),
    );
    return () => {
      current = false;
    };
  }, [data]);

  const reconnect = due?.filter((item) => item.type === 'reconnect') ?? null;
  const followUps = due?.filter((item) => item.type !== 'reconnect') ?? null;

  return (
    <div class="stack people">
      <h2 tabIndex={-1}>{t('people_title')}</h2>
      <p class="muted">{t('people_intro')}</p>
      <p class="sr-only" aria-live="polite">
        {announcement}
      </p>
      {dueError && (
        <p class="error" role="alert">
          {dueError}
        </p>
      )}
      <DueList
        headingId="people-due-h"
        title={t('people_due_title')}
        intro={t('people_due_intro')}
        empty={t('people_due_empty')}
        items={followUps}
        contacts={byId}
      />
      <Top20Section top20={top20} />
      <DueList
        headingId="people-reconnect-h"
        title={t('people_reconnect_title')}
        intro={t('people_reconnect_intro')}
        empty={t('people_reconnect_empty')}
        items={reconnect}
        contacts={byId}
      />
      <WarmContactForm />
      <ContactList top20={top20} />
    </div>
  );
}
