import { describe, expect, it } from 'vitest';
import { projectGoal } from '../../../../src/coach/projection';
import {
  defaultFields,
  previewPicture,
  raised,
  toDraft,
  validate,
} from '../../../../src/dashboard/plan/fields';
import type { Outreach } from '../../../../src/model';

const TODAY = '2026-11-22';

function held(day: string, n: number): Outreach {
  return {
    id: `o${n}`,
    contactId: 'c',
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: null,
    viaMutual: null,
    at: 0,
    day,
    status: 'chat-held',
    history: [{ status: 'chat-held', at: 0, day }],
    degreeAtSend: null,
    aboutId: null,
    heldOn: day,
    note: '',
  };
}

describe('goal form fields', () => {
  it('defaults to 50 chats twelve weeks out at 4 a week, 5 actions and 30 minutes a day', () => {
    expect(defaultFields(TODAY)).toEqual({
      chatsTarget: '50',
      deadline: '2027-02-14',
      chatsPerWeek: '4',
      actionsPerDay: '5',
      minutesPerDay: '30',
    });
    expect(validate(defaultFields(TODAY), TODAY)).toEqual({});
  });

  it('says which field is wrong: a past deadline, a blank target, too few minutes', () => {
    const errors = validate(
      { ...defaultFields(TODAY), deadline: '2026-11-01', chatsTarget: '', minutesPerDay: '2' },
      TODAY,
    );
    expect(errors).toEqual({
      deadline: 'plan_errorDeadlinePast',
      chatsTarget: 'plan_errorChats',
      minutesPerDay: 'plan_errorMinutes',
    });
    expect(toDraft({ ...defaultFields(TODAY), deadline: TODAY }, TODAY)).toBeNull();
  });

  it('a deadline that is no calendar day (2027-02-30) is named as such, and nothing is saved', () => {
    expect(validate({ ...defaultFields(TODAY), deadline: '2027-02-30' }, TODAY)).toEqual({
      deadline: 'plan_errorDeadlineNotADay',
    });
    expect(validate({ ...defaultFields(TODAY), deadline: '' }, TODAY)).toEqual({
      deadline: 'plan_errorDeadline',
    });
    expect(toDraft({ ...defaultFields(TODAY), deadline: '2027-02-30' }, TODAY)).toBeNull();
    expect(validate({ ...defaultFields(TODAY), deadline: '2028-02-29' }, TODAY)).toEqual({});
  });

  it('turns valid fields into the goal to save', () => {
    expect(toDraft({ ...defaultFields(TODAY), chatsPerWeek: '4.5' }, TODAY)).toEqual({
      chatsTarget: 50,
      deadline: '2027-02-14',
      chatsPerWeek: 4.5,
      actionsPerDay: 5,
      minutesPerDay: 30,
    });
  });

  it('projects the typed values even while the pace field is half-typed', () => {
    const picture = previewPicture({ ...defaultFields(TODAY), chatsPerWeek: '' }, TODAY, TODAY, []);
    expect(picture?.planned.finishDate).toBeNull();
    expect(previewPicture({ ...defaultFields(TODAY), deadline: '' }, TODAY, TODAY, [])).toBeNull();
  });

  it('counts chats held since the goal started toward the preview', () => {
    const picture = previewPicture(defaultFields(TODAY), TODAY, '2026-11-01', [
      held('2026-10-30', 1),
      held('2026-11-10', 2),
      held('2026-11-20', 3),
    ]);
    expect(picture?.held).toBe(2);
  });

  it('raising the sub-goals makes the deadline and never lowers what was set', () => {
    const fields = defaultFields(TODAY);
    const picture = previewPicture(fields, TODAY, TODAY, []);
    const needed = picture?.raiseSubGoal;
    if (!needed) throw new Error('4 a week should miss a 12-week deadline for 50 chats');
    const next = raised(fields, needed);
    expect(next.chatsPerWeek).toBe('5');
    expect(Number(next.actionsPerDay)).toBeGreaterThanOrEqual(5);
    const projection = projectGoal({
      target: 50,
      held: 0,
      today: TODAY,
      deadline: next.deadline,
      chatsPerWeek: Number(next.chatsPerWeek),
    });
    expect(projection.onTrack).toBe(true);
    expect(previewPicture(next, TODAY, TODAY, [])?.raiseSubGoal).toBeNull();
  });
});
