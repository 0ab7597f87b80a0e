// Form state shared by the wizard and the edit form: the typed values, their errors and the
// live plan picture, recomputed as the user types.
import { useMemo, useState } from 'preact/hooks';
import type { PlanPicture } from '../../coach/plan';
import type { DayKey, Outreach } from '../../model';
import {
  type FieldErrors,
  type FieldName,
  type GoalDraft,
  type GoalFields,
  previewPicture,
  toDraft,
  validate,
} from './fields';

export interface GoalFieldsState {
  fields: GoalFields;
  errors: FieldErrors;
  picture: PlanPicture | null;
  draft: GoalDraft | null;
  setField: (name: FieldName, value: string) => void;
  setFields: (fields: GoalFields) => void;
}

export function useGoalFields(
  initial: () => GoalFields,
  today: DayKey,
  startedOn: DayKey,
  outreach: Outreach[],
): GoalFieldsState {
  const [fields, setFields] = useState<GoalFields>(initial);
  const errors = useMemo(() => validate(fields, today), [fields, today]);
  const picture = useMemo(
    () => previewPicture(fields, today, startedOn, outreach),
    [fields, today, startedOn, outreach],
  );
  const draft = useMemo(() => toDraft(fields, today), [fields, today]);
  const setField = (name: FieldName, value: string) =>
    setFields((current) => ({ ...current, [name]: value }));
  return { fields, errors, picture, draft, setField, setFields };
}
