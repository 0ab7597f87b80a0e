import type { DueItem } from '../../coach/followups';
import type { Contact } from '../../model';
import { t } from '../../ui/i18n';
import { href } from '../routes';

interface Props {
  headingId: string;
  title: string;
  intro: string;
  empty: string;
  items: DueItem[] | null;
  contacts: Map<string, Contact>;
}

/** People to write to now, each with the coach's reason and a link to their page. */
export function DueList({ headingId, title, intro, empty, items, contacts }: Props) {
  return (
    <section aria-labelledby={headingId} class="card stack">
      <h3 id={headingId}>{title}</h3>
      <p class="muted">{intro}</p>
      {items === null ? (
        <p class="muted">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {items.map((item) => {
            const contact = contacts.get(item.contactId);
            return (
              <li key={`${item.type}:${item.contactId}`}>
                <a href={href({ section: 'contact', id: item.contactId })} dir="auto">
                  {contact?.name ?? t('people_unknownContact')}
                </a>
                {' — '}
                {item.reason}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
