// Under a timeline entry that led to a chat: "Schedule" once they replied, then when and where
// with "Add to calendar", and "How did it go?" to write it up.
import { useState } from 'preact/hooks';
import { type Chat, type Contact, errorText, type Outreach } from '../../model';
import { t } from '../../ui/i18n';
import { ChatWhen } from '../../ui/today/PrepBrief';
import { useData } from '../data';
import { href } from '../routes';
import { ChatDebriefForm, type DebriefDone } from './ChatDebriefForm';
import { ChatScheduleForm } from './ChatScheduleForm';
import { downloadChat } from './calendar';

const SCHEDULABLE = new Set<Outreach['status']>(['replied', 'chat-scheduled']);

export function ChatControls({ entry }: { entry: Outreach }) {
  const { data, reload } = useData();
  const [mode, setMode] = useState<'idle' | 'schedule' | 'debrief'>('idle');
  const [done, setDone] = useState<{ text: string; card?: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const metId = entry.aboutId ?? entry.contactId;
  const person: Contact | undefined = data.contacts.find((c) => c.id === metId);
  const chat: Chat | undefined = data.chats.find((c) => c.outreachId === entry.id);
  const relevant = SCHEDULABLE.has(entry.status) || (entry.status === 'chat-held' && chat?.notes);
  if (!person || (!relevant && !done)) return null;

  const calendar = () => {
    if (!chat) return;
    setError(null);
    try {
      setDone({ text: t('chat_icsDownloaded', downloadChat(chat, person)) });
    } catch (e) {
      setError(errorText(e));
    }
  };
  const scheduled = async () => {
    setMode('idle');
    await reload();
    setDone({ text: t('chat_scheduled', person.name) });
  };
  const debriefed = async ({ leads, card }: DebriefDone) => {
    setMode('idle');
    await reload();
    const names = leads.map((c) => c.name).join(', ');
    setDone({
      text: [t('chat_held', person.name), names ? t('chat_leadsAdded', names) : ''].filter(Boolean).join(' '),
      card: card !== null,
    });
  };

  return (
    <div class="chat-controls stack">
      {entry.status === 'chat-scheduled' && chat && (
        <div class="chat-when" data-testid="chat-when">
          <ChatWhen brief={{ chat }} />
        </div>
      )}
      {entry.status === 'chat-held' && chat?.notes && (
        <p class="muted" dir="auto">
          {t('chat_notesShown', chat.notes)}
        </p>
      )}
      {mode === 'idle' && SCHEDULABLE.has(entry.status) && (
        <div class="row">
          <button
            type="button"
            class={entry.status === 'replied' ? 'primary' : undefined}
            onClick={() => setMode('schedule')}
          >
            {entry.status === 'replied' ? t('chat_schedule') : t('chat_reschedule')}
          </button>
          {chat?.time && entry.status === 'chat-scheduled' && (
            <button type="button" onClick={calendar}>
              {t('chat_addToCalendar')}
            </button>
          )}
          <button
            type="button"
            class={entry.status === 'chat-scheduled' ? 'primary' : undefined}
            onClick={() => setMode('debrief')}
          >
            {t('chat_howDidItGo')}
          </button>
        </div>
      )}
      {mode === 'schedule' && (
        <ChatScheduleForm
          outreachId={entry.id}
          today={data.today.day}
          chat={chat ?? null}
          onSaved={() => void scheduled()}
          onCancel={() => setMode('idle')}
        />
      )}
      {mode === 'debrief' && (
        <ChatDebriefForm
          outreachId={entry.id}
          person={person}
          opportunities={data.opportunities}
          onSaved={(result) => void debriefed(result)}
          onCancel={() => setMode('idle')}
        />
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p role="status" class="good">
        {done?.text ?? ''}
        {done && entry.status === 'chat-held' && (
          <>
            {' '}
            <a href={href({ section: 'today' })}>{t('chat_openToday')}</a>
          </>
        )}
        {done?.card && (
          <>
            {' '}
            <a href={href({ section: 'pipeline' })}>{t('people_opp_openPipeline')}</a>
          </>
        )}
      </p>
    </div>
  );
}
