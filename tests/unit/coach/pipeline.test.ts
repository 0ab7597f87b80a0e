import { describe, expect, it } from 'vitest';
import { applyMove, keepGoingNudge, keyToMove, moveStage, STAGE_ORDER } from '../../../src/coach/pipeline';
import { opportunity } from './factories';

describe('pipeline', () => {
  it('runs from coffee chat to closed in the method’s order', () => {
    expect(STAGE_ORDER).toEqual([
      'coffee-chat',
      'ideas',
      'application',
      'interview',
      'negotiation',
      'offer',
      'closed',
    ]);
  });

  it('moves one stage on and records when', () => {
    const moved = moveStage(opportunity({ id: 'a', stage: 'ideas' }), 1, 1000);
    expect(moved).toMatchObject({
      stage: 'application',
      updatedAt: 1000,
      stageHistory: [{ stage: 'application', at: 1000 }],
    });
    expect(moveStage(moved, -1, 2000).stage).toBe('ideas');
  });

  it('stays put at either end', () => {
    const first = opportunity({ id: 'a', stage: 'coffee-chat' });
    expect(moveStage(first, -1, 1)).toBe(first);
    const last = opportunity({ id: 'b', stage: 'closed' });
    expect(moveStage(last, 1, 1)).toBe(last);
  });

  it('maps arrow keys to board moves', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map(keyToMove)).toEqual([
      'left',
      'right',
      'up',
      'down',
      null,
    ]);
  });

  it('a card moved right lands at the end of the next column, and both columns stay numbered', () => {
    const all = [
      opportunity({ id: 'a', stage: 'ideas', order: 0 }),
      opportunity({ id: 'b', stage: 'ideas', order: 1 }),
      opportunity({ id: 'c', stage: 'application', order: 0 }),
    ];
    const changed = applyMove(all, 'a', 'right', 5);
    expect(changed.map((o) => [o.id, o.stage, o.order])).toEqual([
      ['a', 'application', 1],
      ['b', 'ideas', 0],
    ]);
  });

  it('moves a card up or down within its column', () => {
    const all = [
      opportunity({ id: 'a', stage: 'ideas', order: 0 }),
      opportunity({ id: 'b', stage: 'ideas', order: 1 }),
    ];
    expect(applyMove(all, 'b', 'up', 5).map((o) => [o.id, o.order])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
    expect(applyMove(all, 'a', 'up', 5)).toEqual([]);
    expect(applyMove(all, 'missing', 'down', 5)).toEqual([]);
  });

  it('nudges to keep going when a conversation reaches interview or negotiation', () => {
    expect(keepGoingNudge([opportunity({ id: 'a', stage: 'ideas' })])).toBeNull();
    expect(
      keepGoingNudge([opportunity({ id: 'a', title: 'Data analyst at Acme', stage: 'interview' })]),
    ).toBe(
      '“Data analyst at Acme” looks promising — keep your chat targets up: several options are leverage, choice and freedom.',
    );
    expect(
      keepGoingNudge([
        opportunity({ id: 'a', stage: 'interview' }),
        opportunity({ id: 'b', stage: 'negotiation' }),
      ]),
    ).toMatch(/^2 conversations are at interview stage or beyond/);
    expect(keepGoingNudge([opportunity({ id: 'a', stage: 'closed' })])).toBeNull();
  });
});
