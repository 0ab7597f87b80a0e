import { useRef, useState } from 'preact/hooks';
import type { Contact, Opportunity } from '../../model';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { t } from '../../ui/i18n';
import { href } from '../routes';
import { CardEditor } from './CardEditor';
import { stageLabel } from './labels';

interface Props {
  card: Opportunity;
  index: number;
  count: number;
  contacts: Map<string, Contact>;
  hintId: string;
  handleRef: (el: HTMLButtonElement | null) => void;
  onKey: (event: KeyboardEvent) => void;
  onStep: (direction: 'left' | 'right') => void;
  onSave: (card: Opportunity) => void;
  onDelete: () => void;
  onDragStart: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
}

/** One conversation on the board, tied to the person who opened the door. */
export function PipelineCard(props: Props) {
  const { card, index, count, contacts } = props;
  const [editing, setEditing] = useState(false);
  const handle = useRef<HTMLButtonElement | null>(null);
  const closeEditor = () => {
    setEditing(false);
    handle.current?.focus();
  };
  const [deleting, setDeleting] = useState(false);

  return (
    <li
      class="card pipeline-card"
      draggable={!editing}
      onDragStart={props.onDragStart}
      onDragOver={(event) => event.preventDefault()}
      onDrop={props.onDrop}
    >
      <button
        type="button"
        class="pipeline-handle"
        ref={(el) => {
          handle.current = el;
          props.handleRef(el);
        }}
        aria-label={t('pipeline_card_move', card.title, stageLabel(card.stage), index + 1, count)}
        aria-describedby={props.hintId}
        onKeyDown={props.onKey}
      >
        {t('pipeline_card_moveShort')}
      </button>
      {editing ? (
        <CardEditor
          card={card}
          onSave={(next) => {
            closeEditor();
            props.onSave(next);
          }}
          onCancel={closeEditor}
        />
      ) : (
        <>
          <h4 dir="auto">{card.title}</h4>
          {card.contactIds.length === 0 ? (
            <p class="muted">{t('pipeline_card_noContact')}</p>
          ) : (
            <p>
              {t('pipeline_card_openedBy')}{' '}
              {card.contactIds.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <a href={href({ section: 'contact', id })}>
                    {contacts.get(id)?.name ?? t('people_unknownContact')}
                  </a>
                </span>
              ))}
            </p>
          )}
          {card.notes && <p class="pipeline-notes">{card.notes}</p>}
          <div class="row">
            <button
              type="button"
              disabled={card.stage === 'coffee-chat'}
              aria-label={t('pipeline_card_backNamed', card.title)}
              onClick={() => props.onStep('left')}
            >
              {t('pipeline_card_back')}
            </button>
            <button
              type="button"
              disabled={card.stage === 'closed'}
              aria-label={t('pipeline_card_onNamed', card.title)}
              onClick={() => props.onStep('right')}
            >
              {t('pipeline_card_on')}
            </button>
            <button
              type="button"
              aria-label={t('pipeline_card_editNamed', card.title)}
              onClick={() => setEditing(true)}
            >
              {t('pipeline_card_edit')}
            </button>
            <button
              type="button"
              aria-label={t('pipeline_card_deleteNamed', card.title)}
              onClick={() => setDeleting(true)}
            >
              {t('pipeline_card_delete')}
            </button>
          </div>
        </>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('pipeline_delete_title', card.title)}
          confirmLabel={t('pipeline_delete_confirm')}
          onConfirm={() => {
            setDeleting(false);
            props.onDelete();
          }}
          onCancel={() => setDeleting(false)}
        >
          <p>{t('pipeline_delete_body')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
