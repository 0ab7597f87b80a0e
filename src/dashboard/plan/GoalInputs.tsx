// The goal's fields, each with its label, hint and inline error. The wizard shows a few per
// step; the edit form shows them all.
import { t } from '../../ui/i18n';
import type { FieldErrors, FieldName, GoalFields } from './fields';

interface FieldSpec {
  id: string;
  label: string;
  hint?: string;
  type: 'number' | 'date';
  min?: number;
  max?: number;
  step?: number;
}

// Ids are kept from the first goal form: tests and links address them.
const SPECS: Record<FieldName, () => FieldSpec> = {
  chatsTarget: () => ({ id: 'goal-chats', label: t('plan_fieldChats'), type: 'number', min: 1, max: 1000 }),
  deadline: () => ({ id: 'goal-deadline', label: t('plan_fieldDeadline'), type: 'date' }),
  chatsPerWeek: () => ({
    id: 'goal-per-week',
    label: t('plan_fieldPerWeek'),
    type: 'number',
    min: 0,
    max: 100,
    step: 0.5,
  }),
  actionsPerDay: () => ({
    id: 'goal-per-day',
    label: t('plan_fieldPerDay'),
    hint: t('plan_hintPerDay'),
    type: 'number',
    min: 0,
    max: 200,
  }),
  minutesPerDay: () => ({
    id: 'goal-minutes',
    label: t('plan_fieldMinutes'),
    hint: t('plan_hintMinutes'),
    type: 'number',
    min: 5,
    max: 600,
  }),
};

export const fieldId = (name: FieldName): string => SPECS[name]().id;

interface Props {
  names: readonly FieldName[];
  fields: GoalFields;
  errors: FieldErrors;
  onChange: (name: FieldName, value: string) => void;
}

export function GoalInputs({ names, fields, errors, onChange }: Props) {
  return (
    <div class="plan-fields">
      {names.map((name) => {
        const spec = SPECS[name]();
        const error = errors[name];
        const described = [spec.hint && `${spec.id}-hint`, error && `${spec.id}-error`]
          .filter(Boolean)
          .join(' ');
        return (
          <div key={name} class="plan-field">
            <label for={spec.id}>{spec.label}</label>
            <input
              id={spec.id}
              name={name}
              type={spec.type}
              inputMode={spec.type === 'number' ? 'decimal' : undefined}
              min={spec.min}
              max={spec.max}
              step={spec.step}
              required
              value={fields[name]}
              aria-invalid={error ? true : undefined}
              aria-describedby={described || undefined}
              onInput={(e) => onChange(name, e.currentTarget.value)}
            />
            {spec.hint && (
              <p id={`${spec.id}-hint`} class="muted plan-hint">
                {spec.hint}
              </p>
            )}
            {error && (
              <p id={`${spec.id}-error`} class="error plan-hint">
                {t(error)}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
