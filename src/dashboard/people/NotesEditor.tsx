import { useEffect, useState } from 'preact/hooks';
import { type Contact, errorText } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';

/** Free notes on a person, saved when the field loses focus or with the button. */
export function NotesEditor({ contact, onSaved }: { contact: Contact; onSaved: () => Promise<void> }) {
  const [text, setText] = useState(contact.notes);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const dirty = text !== contact.notes;

  // A reload after another change brings the stored notes; keep what is being typed.
  useEffect(() => {
    if (!dirty) setText(contact.notes);
  }, [contact.notes]);

  const save = async () => {
    if (!dirty) return;
    try {
      await send('contact.edit', { id: contact.id, changes: { notes: text } });
      setStatus({ ok: true, text: t('people_notes_saved') });
      await onSaved();
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  return (
    <section aria-labelledby="contact-notes-h" class="card stack">
      <h3 id="contact-notes-h">
        <label for="contact-notes">{t('people_notes_title')}</label>
      </h3>
      <textarea
        id="contact-notes"
        rows={5}
        maxLength={20_000}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onBlur={save}
      />
      <div class="row">
        <button type="button" onClick={save} disabled={!dirty}>
          {t('people_notes_save')}
        </button>
        <span role="status" class={status?.ok === false ? 'error' : 'muted'}>
          {status?.text ?? ''}
        </span>
      </div>
    </section>
  );
}
