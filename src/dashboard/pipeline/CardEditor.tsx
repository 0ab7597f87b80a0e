import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Opportunity } from '../../model';
import { t } from '../../ui/i18n';

interface Props {
  card: Opportunity;
  onSave: (card: Opportunity) => void;
  onCancel: () => void;
}

/** Title and notes of one card. */
export function CardEditor({ card, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(card.title);
  const [notes, setNotes] = useState(card.notes);
  const [problem, setProblem] = useState(false);
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!title.trim()) {
      setProblem(true);
      return;
    }
    onSave({ ...card, title: title.trim(), notes, updatedAt: Date.now() });
  };

  return (
    <form class="stack" onSubmit={submit} noValidate>
      <div>
        <label for={`${id}-title`}>{t('pipeline_field_title')}</label>
        <input
          id={`${id}-title`}
          ref={titleRef}
          type="text"
          maxLength={300}
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
          aria-invalid={problem || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
      </div>
      {problem && (
        <p id={`${id}-problem`} class="error" role="alert">
          {t('people_opp_titleMissing')}
        </p>
      )}
      <div>
        <label for={`${id}-notes`}>{t('pipeline_field_notes')}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          maxLength={20_000}
          value={notes}
          onInput={(e) => setNotes(e.currentTarget.value)}
        />
      </div>
      <div class="row">
        <button type="submit" class="primary">
          {t('pipeline_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('people_cancel')}
        </button>
      </div>
    </form>
  );
}
