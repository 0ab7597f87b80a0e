// What the numbers in the form mean, recomputed on every keystroke: the plain sentence and,
// when the date would be missed, one click to the sub-goals that make it.
import { formatDay } from '../../coach/messages';
import { actionsPerDayFor, type PlanPicture, sentence } from '../../coach/plan';
import { coachLocale, coachText } from '../../ui/coach-text';
import { t, tPlural } from '../../ui/i18n';
import { type GoalFields, raised } from './fields';

interface Props {
  picture: PlanPicture | null;
  fields: GoalFields;
  onRaise: (next: GoalFields) => void;
  /** False while the form still holds the saved plan, whose sentence the summary above shows. */
  sentence?: boolean;
}

export function LiveProjection({ picture, fields, onRaise, sentence: withSentence = true }: Props) {
  if (!picture) {
    return (
      <p class="muted" aria-live="polite">
        {t('plan_previewIncomplete')}
      </p>
    );
  }
  const next = picture.raiseSubGoal && raised(fields, picture.raiseSubGoal);
  const actionsNeeded = actionsPerDayFor(picture.plannedChatsPerWeek, picture.conversion);
  const actionsPerDay = fields.actionsPerDay.trim() === '' ? Number.NaN : Number(fields.actionsPerDay);
  const short = Number.isInteger(actionsPerDay) && actionsPerDay >= 0 && actionsPerDay < actionsNeeded;
  return (
    <div class="plan-preview">
      {/* Polite, so a screen reader reads the new projection after the user stops typing. */}
      <p class="plan-sentence" aria-live="polite">
        {withSentence ? sentence(picture, coachLocale(), coachText()) : ''}
      </p>
      {short && (
        <p class="warn">
          {t(
            'plan_actionsShort',
            Math.round(1 / picture.conversion),
            tPlural('count_chatsAWeek', picture.plannedChatsPerWeek),
            tPlural('count_actionsADay', actionsNeeded),
            actionsPerDay,
          )}
        </p>
      )}
      {next && (
        <div class="row">
          <button type="button" class="primary" onClick={() => onRaise(next)}>
            {t('plan_raise')}
          </button>
          <span class="muted">
            {t(
              'plan_raiseHint',
              tPlural('count_chatsAWeek', Number(next.chatsPerWeek)),
              tPlural('count_actionsADay', Number(next.actionsPerDay)),
              formatDay(picture.deadline, picture.today, coachLocale()),
            )}
          </span>
        </div>
      )}
    </div>
  );
}
