// "Schedule": the day, time and place (or video link) of the chat a reply led to. Saved in the
// user's own time zone, so the calendar file keeps the chat at the time they typed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { runtimeTimeZone } from '../../coach/ics';
import { type Chat, errorText } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';

const DURATIONS = [20, 30, 45, 60];

interface Props {
  outreachId: string;
  today: string;
  chat: Chat | null;
  onSaved: (chat: Chat) => void;
  onCancel: () => void;
}

export function ChatScheduleForm({ outreachId, today, chat, onSaved, onCancel }: Props) {
  const [day, setDay] = useState(chat?.day ?? today);
  const [time, setTime] = useState(chat?.time ?? '');
  const [minutes, setMinutes] = useState(chat?.durationMinutes ?? 30);
  const [where, setWhere] = useState(chat?.where ?? '');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const id = (field: string) => `chat-${outreachId}-${field}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!day || !time) {
      setError(t('chat_scheduleMissing'));
      return;
    }
    try {
      const saved = await send('chat.schedule', {
        outreachId,
        day,
        time,
        durationMinutes: minutes,
        timeZone: runtimeTimeZone(),
        where,
      });
      onSaved(saved.chat);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form class="stack chat-form" aria-label={t('chat_scheduleTitle')} onSubmit={submit} noValidate>
      <div class="row">
        <div>
          <label for={id('day')}>{t('chat_day')}</label>
          <input
            id={id('day')}
            ref={first}
            type="date"
            required
            value={day}
            onInput={(e) => setDay(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for={id('time')}>{t('chat_time')}</label>
          <input
            id={id('time')}
            type="time"
            required
            value={time}
            onInput={(e) => setTime(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for={id('minutes')}>{t('chat_duration')}</label>
          <select
            id={id('minutes')}
            value={minutes}
            onChange={(e) => setMinutes(Number(e.currentTarget.value))}
          >
            {DURATIONS.map((n) => (
              <option key={n} value={n}>
                {t('chat_minutes', n)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <label for={id('where')}>{t('chat_where')}</label>
        <input
          id={id('where')}
          class="wide"
          maxLength={1000}
          value={where}
          aria-describedby={id('where-hint')}
          onInput={(e) => setWhere(e.currentTarget.value)}
        />
        <p id={id('where-hint')} class="muted">
          {t('chat_whereHint')}
        </p>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          {t('chat_scheduleSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
