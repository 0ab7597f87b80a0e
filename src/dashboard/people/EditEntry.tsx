// The latest entry of a person's history, corrected: logged as the wrong kind, sent another way,
// through a mutual, or with a note to remember. The background keeps its day and status history.
import { useState } from 'preact/hooks';
import type { Outreach } from '../../model';
import { t } from '../../ui/i18n';
import { KindChannelFields } from './KindChannelFields';

export interface EntryChanges {
  kind: Outreach['kind'];
  channel: Outreach['channel'];
  viaMutual: string | null;
  note: string;
  day: string;
}

export function EditEntry({
  entry,
  today,
  onSave,
  onCancel,
}: {
  entry: Outreach;
  today: string;
  onSave: (changes: EntryChanges) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState(entry.kind);
  const [channel, setChannel] = useState(entry.channel);
  const [via, setVia] = useState(entry.viaMutual ?? '');
  const [note, setNote] = useState(entry.note);
  const [day, setDay] = useState(entry.day);
  const id = (field: string) => `entry-${entry.id}-${field}`;
  return (
    <form
      class="stack"
      aria-label={t('people_timeline_editTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ kind, channel, viaMutual: via.trim() || null, note, day });
      }}
    >
      <div class="row">
        <KindChannelFields
          idPrefix={`entry-${entry.id}`}
          kind={kind}
          channel={channel}
          onKind={setKind}
          onChannel={setChannel}
        />
        <div>
          <label for={id('via')}>{t('people_timeline_viaLabel')}</label>
          <input id={id('via')} value={via} onInput={(e) => setVia(e.currentTarget.value)} />
        </div>
      </div>
      <div>
        <label for={id('day')}>{t('people_log_day')}</label>
        <input
          id={id('day')}
          type="date"
          max={today}
          value={day}
          required
          onInput={(e) => setDay(e.currentTarget.value)}
        />
      </div>
      <label for={id('note')}>{t('people_timeline_noteLabel')}</label>
      <textarea id={id('note')} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <div class="row">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
