// The board's arithmetic beyond the coach's keyboard moves: columns, drops from a drag, new
// cards, merging saved changes. Pure and tested; the view only renders and saves.
import { STAGE_ORDER } from '../../coach/pipeline';
import type { Opportunity, PipelineStage } from '../../model';

const byOrder = (a: Opportunity, b: Opportunity): number => a.order - b.order || a.createdAt - b.createdAt;

/** One sorted list per stage, every stage present (empty columns too). */
export function columns(all: Opportunity[]): Map<PipelineStage, Opportunity[]> {
  const map = new Map<PipelineStage, Opportunity[]>(STAGE_ORDER.map((stage) => [stage, []]));
  for (const o of all) map.get(o.stage)?.push(o);
  for (const list of map.values()) list.sort(byOrder);
  return map;
}

/** Where a card sits: its stage, 0-based place in the column, and the column's size. */
export function position(
  all: Opportunity[],
  id: string,
): { stage: PipelineStage; index: number; count: number } | null {
  const card = all.find((o) => o.id === id);
  if (!card) return null;
  const column = columns(all).get(card.stage) ?? [];
  return { stage: card.stage, index: column.findIndex((o) => o.id === id), count: column.length };
}

function renumber(column: Opportunity[], now: number, keep?: Opportunity): Opportunity[] {
  return column.flatMap((o, order) =>
    o === keep ? [{ ...o, order }] : o.order === order ? [] : [{ ...o, order, updatedAt: now }],
  );
}

/**
 * A drag dropped card `id` into `stage` at `index` (its place as shown, 0-based; past the end
 * = last). Returns the cards that changed; a change of stage is added to the stage history.
 */
export function dropCard(
  all: Opportunity[],
  id: string,
  stage: PipelineStage,
  index: number,
  now: number,
): Opportunity[] {
  const card = all.find((o) => o.id === id);
  if (!card) return [];
  const board = columns(all);
  const target = (board.get(stage) ?? []).filter((o) => o.id !== id);
  const to = Math.min(Math.max(0, Math.trunc(index)), target.length);
  if (stage === card.stage) {
    const before = board.get(stage) ?? [];
    if (before.indexOf(card) === to) return [];
    target.splice(to, 0, card);
    return renumber(target, now);
  }
  const moved: Opportunity = {
    ...card,
    stage,
    stageHistory: [...card.stageHistory, { stage, at: now }],
    updatedAt: now,
  };
  target.splice(to, 0, moved);
  const oldColumn = (board.get(card.stage) ?? []).filter((o) => o.id !== id);
  return [...renumber(target, now, moved), ...renumber(oldColumn, now)];
}

/** A new card at the end of its column. */
export function newOpportunity(
  fields: { title: string; contactIds: string[]; stage: PipelineStage; notes?: string },
  all: Opportunity[],
  now: number,
): Opportunity {
  const column = columns(all).get(fields.stage) ?? [];
  return {
    id: crypto.randomUUID(),
    contactIds: fields.contactIds,
    title: fields.title.trim(),
    stage: fields.stage,
    order: column.length ? Math.max(...column.map((o) => o.order)) + 1 : 0,
    stageHistory: [{ stage: fields.stage, at: now }],
    notes: fields.notes ?? '',
    createdAt: now,
    updatedAt: now,
  };
}

/** The board with saved changes laid over it. */
export function merge(all: Opportunity[], changed: Opportunity[]): Opportunity[] {
  const next = new Map(changed.map((o) => [o.id, o]));
  return all.map((o) => next.get(o.id) ?? o);
}
