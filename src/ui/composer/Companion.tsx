import type { Rendered } from '../../compose/render';
import { t } from '../i18n';

/** The forwardable note as a message of its own, when the user sends it apart from the request. */
export function Companion({
  note,
  title,
  onInsert,
}: {
  note: Rendered;
  title: string;
  onInsert: (text: string) => void;
}) {
  return (
    <div class="companion">
      <label for="note-apart">{title}</label>
      <textarea id="note-apart" rows={6} readOnly value={note.body} />
      <div class="row actions">
        <button type="button" onClick={() => void navigator.clipboard.writeText(note.body)}>
          {t('copy')}
        </button>
        <button type="button" onClick={() => onInsert(note.body)}>
          {t('insertNote')}
        </button>
      </div>
    </div>
  );
}
