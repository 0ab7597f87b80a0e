import { useState } from 'preact/hooks';
import type { Goal } from '../model';
import { send } from '../platform/send';
import { t } from '../ui/i18n';

type Fields = Pick<Goal, 'chatsTarget' | 'deadline' | 'chatsPerWeek' | 'actionsPerDay' | 'minutesPerDay'>;

function defaults(): Fields {
  const inTwelveWeeks = new Date(Date.now() + 84 * 86_400_000);
  const deadline = `${inTwelveWeeks.getFullYear()}-${String(inTwelveWeeks.getMonth() + 1).padStart(2, '0')}-${String(inTwelveWeeks.getDate()).padStart(2, '0')}`;
  return { chatsTarget: 50, deadline, chatsPerWeek: 4, actionsPerDay: 5, minutesPerDay: 30 };
}

export function GoalForm({ goal, onSaved }: { goal: Goal | null; onSaved: (goal: Goal) => void }) {
  const [fields, setFields] = useState<Fields>(goal ?? defaults());
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const set = (key: keyof Fields) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    setFields({ ...fields, [key]: key === 'deadline' ? input.value : Number(input.value) });
  };
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      onSaved(await send('goal.set', { goal: fields }));
      setStatus({ error: false, text: t('saved') });
    } catch (error) {
      setStatus({ error: true, text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <form class="goal-form" onSubmit={save}>
      <div>
        <label for="goal-chats">{t('goalChats')}</label>
        <input
          id="goal-chats"
          type="number"
          min="1"
          max="1000"
          required
          value={fields.chatsTarget}
          onInput={set('chatsTarget')}
        />
      </div>
      <div>
        <label for="goal-deadline">{t('goalDeadline')}</label>
        <input id="goal-deadline" type="date" required value={fields.deadline} onInput={set('deadline')} />
      </div>
      <div>
        <label for="goal-per-week">{t('goalPerWeek')}</label>
        <input
          id="goal-per-week"
          type="number"
          min="0"
          max="100"
          step="0.5"
          required
          value={fields.chatsPerWeek}
          onInput={set('chatsPerWeek')}
        />
      </div>
      <div>
        <label for="goal-per-day">{t('goalPerDay')}</label>
        <input
          id="goal-per-day"
          type="number"
          min="0"
          max="200"
          required
          value={fields.actionsPerDay}
          onInput={set('actionsPerDay')}
        />
      </div>
      <div>
        <label for="goal-minutes">{t('goalMinutes')}</label>
        <input
          id="goal-minutes"
          type="number"
          min="5"
          max="600"
          required
          value={fields.minutesPerDay}
          onInput={set('minutesPerDay')}
        />
      </div>
      <div class="row" style="align-self:end">
        <button type="submit" class="primary">
          {t('saveGoal')}
        </button>
        {status && (
          <span role="status" class={status.error ? 'error' : 'good'}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
