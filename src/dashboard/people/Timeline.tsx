import { useMemo, useState } from 'preact/hooks';
import { type Contact, errorText, type Outreach, type OutreachStatus } from '../../model';
import { send } from '../../platform/send';
import { listShipped } from '../../templates/library';
import { t, templateLanguage } from '../../ui/i18n';
import { useData } from '../data';
import { ChatControls } from './ChatControls';
import { EditEntry, type EntryChanges } from './EditEntry';
import { showDay } from './format';
import { channelLabel, kindLabel, statusLabel } from './labels';
import { contactTimeline, nextStatuses } from './timeline';

/** Everything sent to this person, newest first, each with its status steps and next moves. */
export function Timeline({ contact }: { contact: Contact }) {
  const { data, reload } = useData();
  const items = useMemo(() => contactTimeline(data.outreach, contact.id), [data.outreach, contact.id]);
  const language = templateLanguage(data.settings.language);
  const templates = useMemo(
    () =>
      new Map([
        ...listShipped(language).map((x) => [x.meta.id, x.meta.title] as const),
        ...data.templates.map((x) => [x.id, x.title] as const),
      ]),
    [data.templates, language],
  );
  const nameOf = (id: string | null) => (id ? data.contacts.find((c) => c.id === id)?.name : undefined);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const today = data.today.day;

  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      await reload();
      setMessage(done);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const setStatus = (o: Outreach, status: OutreachStatus) =>
    run(
      () => send('outreach.setStatus', { id: o.id, status }),
      t('people_timeline_statusSet', kindLabel(o.kind), statusLabel(status)),
    );
  const edit = (o: Outreach, changes: EntryChanges) =>
    run(
      async () => {
        await send('outreach.edit', { id: o.id, changes });
        setEditing(null);
      },
      t('people_timeline_edited', kindLabel(changes.kind)),
    );
  const undo = (o: Outreach) =>
    run(() => send('outreach.undo', { id: o.id }), t('people_timeline_undone', kindLabel(o.kind)));

  return (
    <section aria-labelledby="contact-history-h" class="card stack">
      <h3 id="contact-history-h">{t('people_timeline_title')}</h3>
      <p aria-live="polite" class="muted">
        {message}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p>{t('people_timeline_empty')}</p>
      ) : (
        <ol class="people-timeline">
          {items.map((o, index) => (
            <li key={o.id}>
              <p>
                <strong>{kindLabel(o.kind)}</strong> · {channelLabel(o.channel)} · {showDay(o.day, today)} ·{' '}
                <span class="pill">{t('people_timeline_status', statusLabel(o.status))}</span>
              </p>
              {/* A template of the user's since deleted has no name left to show. */}
              {o.templateId && templates.has(o.templateId) && (
                <p class="muted">{t('people_timeline_template', templates.get(o.templateId) ?? '')}</p>
              )}
              {o.aboutId === contact.id ? (
                <p>{t('people_timeline_aboutVia', nameOf(o.contactId) ?? o.viaMutual ?? '')}</p>
              ) : o.aboutId ? (
                <p>{t('people_timeline_askedAbout', nameOf(o.aboutId) ?? '')}</p>
              ) : (
                o.viaMutual && <p>{t('people_timeline_via', o.viaMutual)}</p>
              )}
              {o.note && <p>{o.note}</p>}
              <ol aria-label={t('people_timeline_steps')}>
                {o.history.map((step) => (
                  <li key={`${step.status}-${step.at}`}>
                    {statusLabel(step.status)} — {showDay(step.day, today)}
                  </li>
                ))}
              </ol>
              <div class="row">
                {nextStatuses(o.status).map((status) => (
                  <button key={status} type="button" onClick={() => setStatus(o, status)}>
                    {t('people_timeline_markAs', statusLabel(status))}
                  </button>
                ))}
                {index === 0 && editing !== o.id && (
                  <button type="button" onClick={() => setEditing(o.id)}>
                    {t('people_timeline_edit')}
                  </button>
                )}
                {index === 0 && (
                  <button type="button" onClick={() => undo(o)}>
                    {t('people_timeline_undo')}
                  </button>
                )}
              </div>
              <ChatControls entry={o} />
              {editing === o.id && (
                <EditEntry
                  entry={o}
                  today={today}
                  onSave={(changes) => void edit(o, changes)}
                  onCancel={() => setEditing(null)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
