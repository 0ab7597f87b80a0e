import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { applyMove, keyToMove, type Move, STAGE_ORDER } from '../../coach/pipeline';
import type { Contact, Opportunity, PipelineStage } from '../../model';
import { t } from '../../ui/i18n';
import { columns, dropCard, position } from './board';
import { stageLabel } from './labels';
import { PipelineCard } from './PipelineCard';
import type { BoardState } from './useBoard';

/** The columns, one per stage; cards move by drag, arrow keys on their handle, or buttons. */
export function Board({ board, contacts }: { board: BoardState; contacts: Map<string, Contact> }) {
  const { cards, save, remove } = board;
  const byStage = useMemo(() => columns(cards), [cards]);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const hintId = useId();

  useEffect(() => {
    if (focusId) handles.current.get(focusId)?.focus();
  }, [focusId, cards]);

  const where = (all: Opportunity[], id: string, title: string): string => {
    const at = position(all, id);
    return at ? t('pipeline_moved', title, stageLabel(at.stage), at.index + 1, at.count) : '';
  };
  const commit = (card: Opportunity, changed: Opportunity[]) => {
    const after = [...cards.filter((o) => !changed.some((c) => c.id === o.id)), ...changed];
    const message = changed.length ? where(after, card.id, card.title) : t('pipeline_cantMove', card.title);
    void save(changed, message);
    setFocusId(card.id);
  };
  const move = (card: Opportunity, direction: Move) =>
    commit(card, applyMove(cards, card.id, direction, Date.now()));
  const onDrop = (stage: PipelineStage, index: number) => (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const id = event.dataTransfer?.getData('text/plain') || dragging;
    setDragging(null);
    const card = cards.find((o) => o.id === id);
    if (card) commit(card, dropCard(cards, card.id, stage, index, Date.now()));
  };

  return (
    <>
      <p id={hintId} class="muted">
        {t('pipeline_keysHint')}
      </p>
      <div class="pipeline-board">
        {STAGE_ORDER.map((stage) => {
          const list = byStage.get(stage) ?? [];
          const headingId = `pipeline-col-${stage}`;
          return (
            <section key={stage} class="pipeline-column" aria-labelledby={headingId}>
              <h3 id={headingId}>{t('pipeline_column', stageLabel(stage), list.length)}</h3>
              <ol
                class="pipeline-cards"
                onDragOver={(event) => event.preventDefault()}
                onDrop={onDrop(stage, list.length)}
              >
                {list.map((card, index) => (
                  <PipelineCard
                    key={card.id}
                    card={card}
                    index={index}
                    count={list.length}
                    contacts={contacts}
                    hintId={hintId}
                    handleRef={(el) => {
                      if (el) handles.current.set(card.id, el);
                      else handles.current.delete(card.id);
                    }}
                    onKey={(event) => {
                      const direction = keyToMove(event.key);
                      if (!direction || event.altKey || event.ctrlKey || event.metaKey) return;
                      event.preventDefault();
                      move(card, direction);
                    }}
                    onStep={(direction) => move(card, direction)}
                    onSave={(next) => void save([next], t('pipeline_saved', next.title))}
                    onDelete={() => void remove(card.id, t('pipeline_deleted', card.title))}
                    onDragStart={(event) => {
                      event.dataTransfer?.setData('text/plain', card.id);
                      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
                      setDragging(card.id);
                    }}
                    onDrop={onDrop(stage, index)}
                  />
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </>
  );
}
