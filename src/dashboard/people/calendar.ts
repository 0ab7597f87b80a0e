// "Add to calendar": the chat as an .ics file the user opens in their own calendar app — made
// here (src/coach/ics.ts), saved through a Blob URL, no network and no permission.
import { chatIcs, chatIcsFileName } from '../../coach/ics';
import type { Chat, Contact } from '../../model';
import { t } from '../../ui/i18n';
import { downloadText } from '../data/download';

/** The file's name and text; throws a RangeError for a chat without a time. */
export function chatCalendarFile(
  chat: Chat,
  person: Pick<Contact, 'name' | 'headline' | 'company'>,
  now: number,
) {
  if (!chat.time) throw new RangeError('A chat without a time has no calendar entry');
  const text = chatIcs({
    uid: chat.outreachId,
    start: { day: chat.day, time: chat.time },
    timeZone: chat.timeZone,
    durationMinutes: chat.durationMinutes,
    summary: t('chat_icsSummary', person.name),
    where: chat.where || null,
    description: [person.headline, person.company].filter(Boolean).join(' · ') || null,
    now,
  });
  return { text, name: chatIcsFileName(person.name, chat.day, t('chat_icsFilePrefix')) };
}

export function downloadChat(chat: Chat, person: Pick<Contact, 'name' | 'headline' | 'company'>): string {
  const file = chatCalendarFile(chat, person, Date.now());
  downloadText(file.text, file.name, 'text/calendar;charset=utf-8');
  return file.name;
}
