import { useMemo, useState } from 'preact/hooks';
import { keepGoingNudge } from '../../coach/pipeline';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { AddCardForm } from './AddCardForm';
import { Board } from './Board';
import { useBoard } from './useBoard';
import './pipeline.css';
import { coachText } from '../../ui/coach-text';

/** Where conversations have led: coffee chat → ideas → application → interview → negotiation → offer. */
export function PipelineView() {
  const { data } = useData();
  const [announcement, setAnnouncement] = useState('');
  const board = useBoard(setAnnouncement);
  const contacts = useMemo(() => new Map(data.contacts.map((c) => [c.id, c])), [data.contacts]);
  const nudge = keepGoingNudge(board.cards, coachText());

  return (
    <div class="stack">
      <h2 tabIndex={-1}>{t('pipeline_title')}</h2>
      <p class="muted">{t('pipeline_intro')}</p>
      <p class="sr-only" aria-live="polite">
        {announcement}
      </p>
      {nudge && (
        <section class="card" aria-labelledby="pipeline-nudge-h">
          <h3 id="pipeline-nudge-h" class="warn">
            {t('pipeline_keepGoing_title')}
          </h3>
          <p>{nudge}</p>
        </section>
      )}
      {board.error && (
        <p class="error" role="alert">
          {board.error}
        </p>
      )}
      <AddCardForm
        contacts={data.contacts}
        cards={board.cards}
        onAdd={(card) => void board.save([card], t('pipeline_added', card.title))}
      />
      {board.cards.length === 0 ? (
        <section class="card" aria-labelledby="pipeline-empty-h">
          <h3 id="pipeline-empty-h">{t('pipeline_empty_title')}</h3>
          <p>{t('pipeline_empty')}</p>
        </section>
      ) : (
        <Board board={board} contacts={contacts} />
      )}
    </div>
  );
}
