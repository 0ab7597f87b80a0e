// A person's coffee chats on their page: the prep brief for the next one (open on its day), what
// the last ones were like, and the doors they opened — the people they suggested or introduced.
import { useEffect, useState } from 'preact/hooks';
import type { ChatBrief } from '../../coach/brief';
import { type Contact, errorText } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { PrepBrief } from '../../ui/today/PrepBrief';
import { useData } from '../data';
import { href } from '../routes';
import { showDay } from './format';

export function ContactChats({ contact }: { contact: Contact }) {
  const { data } = useData();
  const today = data.today.day;
  const status = new Map(data.outreach.map((o) => [o.id, o.status]));
  const mine = data.chats.filter((c) => c.contactId === contact.id);
  const next = mine
    .filter((c) => status.get(c.outreachId) === 'chat-scheduled' && c.day >= today)
    .sort((a, b) => a.day.localeCompare(b.day) || (a.time ?? '').localeCompare(b.time ?? ''))[0];
  const held = mine
    .filter((c) => status.get(c.outreachId) === 'chat-held')
    .sort((a, b) => b.day.localeCompare(a.day));
  const doors = data.contacts.filter((c) => c.suggestedBy === contact.id);
  const [brief, setBrief] = useState<ChatBrief | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!next) {
      setBrief(null);
      return;
    }
    send('brief.get', { outreachId: next.outreachId }).then(setBrief, (e: unknown) => setError(errorText(e)));
  }, [next?.outreachId, data]);

  if (!next && held.length === 0 && doors.length === 0) return null;
  return (
    <section aria-labelledby="contact-chats-h" class="card stack">
      <h3 id="contact-chats-h">{t('chat_sectionTitle')}</h3>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {brief &&
        (brief.chat.day === today ? (
          <PrepBrief brief={brief} headingLevel={4} />
        ) : (
          <details>
            <summary>{t('chat_briefFor', showDay(brief.chat.day, today))}</summary>
            <PrepBrief brief={brief} headingLevel={4} />
          </details>
        ))}
      {held.length > 0 && (
        <ul>
          {held.map((chat) => (
            <li key={chat.outreachId}>
              <strong>{t('chat_heldOn', showDay(chat.day, today))}</strong>
              {chat.notes && (
                <p dir="auto" class="people-chat-notes">
                  {chat.notes}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {doors.length > 0 && (
        <div>
          <h4>{t('chat_doorsTitle', contact.name)}</h4>
          <ul data-testid="doors">
            {doors.map((c) => (
              <li key={c.id}>
                <a href={href({ section: 'contact', id: c.id })}>{c.name}</a>{' '}
                <span class="muted">
                  ({c.leadKind === 'introduced' ? t('chat_doorIntroduced') : t('chat_doorSuggested')})
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
