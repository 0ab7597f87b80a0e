import { useState } from 'preact/hooks';
import { type Channel, type Contact, errorText, type OutreachKind } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { KindChannelFields } from './KindChannelFields';
import { channelLabel, kindLabel } from './labels';

/** Logs an outreach made off LinkedIn (a call, an email, a coffee in person). */
export function QuickLog({
  contact,
  today,
  onLogged,
}: {
  contact: Contact;
  today: string;
  onLogged: () => Promise<void>;
}) {
  const [day, setDay] = useState(today);
  const [kind, setKind] = useState<OutreachKind>('coffee-chat');
  const [channel, setChannel] = useState<Channel>(contact.profileUrl ? 'linkedin-message' : 'email');
  const [via, setVia] = useState('');
  const [note, setNote] = useState('');
  // One id per entry: a double click or a retry logs it once.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      const { duplicate } = await send('outreach.log', {
        requestId,
        contactId: contact.id,
        kind,
        channel,
        templateId: null,
        viaMutual: kind === 'intro-request' ? via.trim() || null : null,
        // An intro request goes to the mutual named, about this person.
        to: kind === 'intro-request' && via.trim() ? { name: via.trim(), profileUrl: null } : null,
        note: note.trim(),
        day: day && day !== today ? day : null,
      });
      setRequestId(crypto.randomUUID());
      setNote('');
      setVia('');
      setStatus({
        ok: true,
        text: duplicate
          ? t('people_log_duplicate')
          : t('people_log_done', kindLabel(kind), channelLabel(channel)),
      });
      await onLogged();
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  return (
    <section aria-labelledby="contact-log-h" class="card">
      <h3 id="contact-log-h">{t('people_log_title')}</h3>
      <p class="muted">{t('people_log_intro')}</p>
      <form class="stack" onSubmit={submit}>
        <div class="row">
          <KindChannelFields
            idPrefix="log"
            kind={kind}
            channel={channel}
            onKind={setKind}
            onChannel={setChannel}
          />
        </div>
        <div>
          <label for="log-day">{t('people_log_day')}</label>
          <input
            id="log-day"
            type="date"
            max={today}
            value={day}
            required
            onInput={(e) => setDay(e.currentTarget.value)}
          />
        </div>
        {kind === 'intro-request' && (
          <div>
            <label for="log-via">{t('people_log_via')}</label>
            <input
              id="log-via"
              type="text"
              maxLength={300}
              value={via}
              onInput={(e) => setVia(e.currentTarget.value)}
            />
          </div>
        )}
        <div>
          <label for="log-note">{t('people_log_note')}</label>
          <textarea
            id="log-note"
            rows={2}
            maxLength={5000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        <div class="row">
          <button type="submit" class="primary">
            {t('people_log_save')}
          </button>
          <span role="status" class={status?.ok === false ? 'error' : 'good'}>
            {status?.text ?? ''}
          </span>
        </div>
      </form>
    </section>
  );
}
