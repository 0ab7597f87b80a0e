// Handlers for a day's session and the chats around it: Today's queue, drafts waiting, a chat
// scheduled and written up, its prep brief and question bank, and "delete everything".
// Extension pages only (the router enforces it).
import { type ChatBrief, chatBrief, defaultQuestionTexts } from '../coach/brief';
import { dayKey } from '../coach/days';
import { peopleOf, type SessionView } from '../coach/session-view';
import { coachLocaleOf, coachTextFor } from '../coach/text';
import { todayQueue } from '../coach/today';
import { debriefChat, getChat, listChats, scheduleChat } from '../db/chats';
import { listContacts, listDrafts } from '../db/collections';
import { deleteEverything } from '../db/erase';
import type { DB } from '../db/open';
import { listOutreach } from '../db/outreach';
import { getMe, getQuestions, getSettings, setQuestions } from '../db/singletons';
import type { MessageType } from '../messages';
import { type Chat, DEFAULT_SETTINGS } from '../model';
import type { Ports } from './ports';
import type { Handlers } from './router';

export type ChatMessage =
  | 'session.get'
  | 'drafts.list'
  | 'chats.list'
  | 'chat.schedule'
  | 'chat.debrief'
  | 'brief.get'
  | 'questions.get'
  | 'questions.set'
  | 'data.deleteAll';

export function createChatHandlers(ports: Ports): Pick<Handlers, ChatMessage & MessageType> {
  const { db, now } = ports;
  const language = () => ports.language?.() ?? 'en';

  const briefs = async (database: DB, chats: Chat[]): Promise<ChatBrief[]> => {
    if (!chats.length) return [];
    const [contacts, outreach, me, questions] = await Promise.all([
      listContacts(database),
      listOutreach(database, {}),
      getMe(database),
      getQuestions(database),
    ]);
    const byId = new Map(contacts.map((c) => [c.id, c]));
    return chats.flatMap((chat) => {
      const brief = chatBrief({ chat, contacts: byId, outreach, me, questions, language: language() });
      return brief ? [brief] : [];
    });
  };
  const questionsView = async (database: DB) => {
    const stored = await getQuestions(database);
    return { custom: stored !== null, questions: stored?.questions ?? defaultQuestionTexts(language()) };
  };

  return {
    async 'session.get'(): Promise<SessionView> {
      const database = await db();
      const [contacts, outreach, drafts, chats, settings] = await Promise.all([
        listContacts(database),
        listOutreach(database, {}),
        database.getAll('drafts'),
        listChats(database),
        getSettings(database),
      ]);
      const queue = todayQueue(
        {
          today: dayKey(now()),
          contacts,
          outreach,
          drafts,
          chats,
          followUpAfterDays: settings.followUpAfterDays,
          secondPersonAfterDays: settings.secondPersonAfterDays,
        },
        coachTextFor(coachLocaleOf(language())),
      );
      const people = peopleOf(queue, new Map(contacts.map((c) => [c.id, c])));
      return { ...queue, people, briefs: await briefs(database, queue.chatsToday) };
    },
    async 'drafts.list'() {
      return listDrafts(await db());
    },
    async 'chats.list'() {
      return listChats(await db());
    },
    async 'chat.schedule'(request) {
      const at = now();
      return scheduleChat(await db(), request, at, dayKey(at));
    },
    async 'chat.debrief'(request) {
      const at = now();
      const result = await debriefChat(await db(), request, at, dayKey(at));
      // The held chat counts towards the week and the goal: the toolbar follows.
      await ports.refresh();
      return result;
    },
    async 'brief.get'({ outreachId }) {
      const database = await db();
      const chat = await getChat(database, outreachId);
      return chat ? ((await briefs(database, [chat]))[0] ?? null) : null;
    },
    async 'questions.get'() {
      return questionsView(await db());
    },
    async 'questions.set'({ questions }) {
      const database = await db();
      await setQuestions(database, questions === null ? null : { questions, updatedAt: now() });
      return questionsView(database);
    },
    async 'data.deleteAll'() {
      const removed = await deleteEverything(await db());
      ports.settingsChanged?.(DEFAULT_SETTINGS);
      await ports.refresh();
      return { removed };
    },
  };
}
