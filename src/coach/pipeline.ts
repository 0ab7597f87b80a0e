// Where conversations have led: coffee chat → ideas → application/referral → interview →
// negotiation → offer → closed. Moves are pure (the dashboard board and its keyboard
// shortcuts call these; the background stores the result). When something is at interview
// or beyond, the coach says keep going: several options are leverage, choice and freedom.

import type { Opportunity, PipelineStage } from '../model';
import { PIPELINE_STAGES } from '../model';
import { type Translate, translate } from './messages';

export const STAGE_ORDER: readonly PipelineStage[] = PIPELINE_STAGES;

export type Move = 'left' | 'right' | 'up' | 'down';

export const stageIndex = (stage: PipelineStage): number => STAGE_ORDER.indexOf(stage);

/** The neighbouring stage, or the same stage at either end. */
export function nextStage(stage: PipelineStage, direction: 1 | -1): PipelineStage {
  return STAGE_ORDER[stageIndex(stage) + direction] ?? stage;
}

/** One opportunity one stage on (1) or back (−1), its history kept; unchanged at either end. */
export function moveStage(opportunity: Opportunity, direction: 1 | -1, now: number): Opportunity {
  const stage = nextStage(opportunity.stage, direction);
  if (stage === opportunity.stage) return opportunity;
  return {
    ...opportunity,
    stage,
    stageHistory: [...opportunity.stageHistory, { stage, at: now }],
    updatedAt: now,
  };
}

/** Board keys: arrows move a card between columns (left/right) or within one (up/down). */
export function keyToMove(key: string): Move | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}

const byOrder = (a: Opportunity, b: Opportunity): number => a.order - b.order || a.createdAt - b.createdAt;

/** Renumbers one column 0..n−1, returning only the cards whose order changed. */
function renumber(column: Opportunity[], now: number): Opportunity[] {
  return column.flatMap((o, order) => (o.order === order ? [] : [{ ...o, order, updatedAt: now }]));
}

/**
 * Applies a board move and returns the opportunities that changed (to be saved). A card
 * moved to another column goes to its end; both columns stay numbered 0..n−1.
 */
export function applyMove(all: Opportunity[], id: string, move: Move, now: number): Opportunity[] {
  const card = all.find((o) => o.id === id);
  if (!card) return [];
  const column = (stage: PipelineStage): Opportunity[] => all.filter((o) => o.stage === stage).sort(byOrder);

  if (move === 'up' || move === 'down') {
    const list = column(card.stage);
    const from = list.findIndex((o) => o.id === id);
    const to = from + (move === 'up' ? -1 : 1);
    if (to < 0 || to >= list.length) return [];
    list.splice(from, 1);
    list.splice(to, 0, card);
    return renumber(list, now);
  }

  const moved = moveStage(card, move === 'right' ? 1 : -1, now);
  if (moved === card) return [];
  const oldColumn = column(card.stage).filter((o) => o.id !== id);
  const newColumn = column(moved.stage);
  const placed = { ...moved, order: newColumn.length };
  return [placed, ...renumber(oldColumn, now), ...renumber(newColumn, now)];
}

/** Stages where one good option tempts people to stop reaching out. */
const LATE_STAGES: ReadonlySet<PipelineStage> = new Set(['interview', 'negotiation', 'offer']);

/** A nudge to keep the chat targets up while something looks good; null otherwise. */
export function keepGoingNudge(opportunities: Opportunity[], t: Translate = translate): string | null {
  const late = opportunities.filter((o) => LATE_STAGES.has(o.stage));
  if (late.length === 0) return null;
  const [only] = late;
  if (late.length === 1 && only) return t('pipeline.keepGoing.one', { title: only.title });
  return t('pipeline.keepGoing.other', { count: late.length });
}
