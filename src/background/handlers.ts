// What each message does. Pure over the database and two ports (clock, toolbar), so the whole
// protocol runs in unit tests against fake-indexeddb.
import { dayKey, weekStart } from '../coach/days';
import { editContact, getContactByUrl, upsertFromPage } from '../db/contacts';
import type { DB } from '../db/open';
import {
  countActionsOn,
  countChatsHeld,
  countInvitations,
  logOutreach,
  removeOutreach,
  setOutreachStatus,
} from '../db/outreach';
import { getGoal, getMe, getSettings, setGoal, setSettings } from '../db/singletons';
import {
  type Contact,
  type ContactView,
  DEFAULT_TARGETS,
  newContact,
  type PageProfile,
  type TodayView,
} from '../model';
import { createDataHandlers } from './data-handlers';
import { createNoticeHandlers } from './notice-handlers';
import { badgeView, notesLeftThisMonth, personView } from './person';
import type { Ports, TabMemory } from './ports';
import type { Handlers } from './router';
import { createSearchHandlers } from './search-handlers';

export async function todayView(db: DB, now: number): Promise<TodayView> {
  const day = dayKey(now);
  const monday = weekStart(day);
  const [goal, settings, actions, chatsThisWeek, invitationsThisWeek] = await Promise.all([
    getGoal(db),
    getSettings(db),
    countActionsOn(db, day),
    countChatsHeld(db, monday, day),
    countInvitations(db, monday, day),
  ]);
  return {
    day,
    actions,
    actionsTarget: goal?.actionsPerDay ?? DEFAULT_TARGETS.actionsPerDay,
    chatsThisWeek,
    chatsPerWeekTarget: goal?.chatsPerWeek ?? DEFAULT_TARGETS.chatsPerWeek,
    invitationsThisWeek,
    invitationCap: settings.weeklyInvitationCap,
    notesLeft: await notesLeftThisMonth(db, settings, day),
    noteAllowance: settings.premium ? null : settings.monthlyNoteAllowance,
  };
}

/** What changes nothing the screens show: reads, page reads (every visit), drafts as typed. */
const QUIET =
  /\.(?:get|list|lookup)$|^(?:backup\.export|page\.profile|profile\.seen|profile\.left|draft\.save|page\.thread|send\.expect|send\.seen|request\.status|page\.search|search\.view)$/;

/** Every handler that changes the user's data announces it once it has committed. */
function announcing(handlers: Handlers, changed: (() => void) | undefined): Handlers {
  if (!changed) return handlers;
  const out: Record<string, unknown> = {};
  for (const [type, handler] of Object.entries(handlers) as [
    string,
    (...args: never[]) => Promise<unknown>,
  ][]) {
    out[type] = QUIET.test(type)
      ? handler
      : async (...args: never[]) => {
          const result = await handler(...args);
          changed();
          return result;
        };
  }
  return out as Handlers;
}

export function createHandlers(ports: Ports): Handlers {
  const changed = ports.dataChanged;
  if (!changed) return createAllHandlers(ports);
  // A burst of writes (an import, twenty logs at once) is announced once, just after it.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(changed, 100);
  };
  return announcing(createAllHandlers({ ...ports, dataChanged: soon }), soon);
}

function createAllHandlers(ports: Ports): Handlers {
  // The badge update runs after the reply, and a burst of changes updates it once: a click on
  // "Log as sent" waits only for its own write.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const afterChange = async (db: DB) => {
    clearTimeout(pending);
    pending = setTimeout(() => void todayView(db, ports.now()).then(ports.todayChanged, () => {}), 50);
  };
  const language = () => ports.language?.() ?? 'en';
  const view = (db: DB, contact: Contact) => personView(db, contact, ports.now(), language());
  /** A profile read on a page: the contact upserted (never the user's own), the tab badged. */
  const seen = async (profile: PageProfile, tabId: number | null): Promise<ContactView> => {
    const db = await ports.db();
    const contact = profile.self
      ? await getContactByUrl(db, profile.profileUrl)
      : await upsertFromPage(db, profile, ports.now());
    // The user's own profile is not a contact.
    const result = contact
      ? await view(db, contact)
      : { contact: selfContact(profile.profileUrl, profile.name), lastOutreach: null };
    if (tabId !== null) ports.tabPerson(tabId, result);
    return result;
  };
  return {
    ...createDataHandlers(ports),
    ...createSearchHandlers(ports),
    ...createNoticeHandlers(ports, ports.memory ?? memoryInProcess()),
    async 'page.profile'({ profile }, { tabId }) {
      const result = await seen(profile, tabId);
      return badgeView(result);
    },
    async 'profile.seen'({ profile }, { tabId }) {
      return seen(profile, tabId);
    },
    async 'words.get'() {
      return ports.contentWords?.() ?? {};
    },
    async 'profile.left'(_message, { tabId }) {
      if (tabId !== null) ports.tabPerson(tabId, null);
      return null;
    },
    async 'contact.lookup'({ profileUrl }) {
      const db = await ports.db();
      const contact = await getContactByUrl(db, profileUrl);
      return contact ? view(db, contact) : null;
    },
    async 'contact.get'({ id }) {
      const db = await ports.db();
      const contact = await db.get('contacts', id);
      return contact ? view(db, contact) : null;
    },
    async 'contact.edit'({ id, changes }) {
      return editContact(await ports.db(), id, changes, ports.now());
    },
    async 'outreach.log'(request) {
      const db = await ports.db();
      const at = ports.now();
      const result = await logOutreach(db, request, at, dayKey(at));
      if (!result.duplicate) await afterChange(db);
      return result;
    },
    async 'outreach.setStatus'({ id, status }) {
      const db = await ports.db();
      const at = ports.now();
      const result = await setOutreachStatus(db, id, status, at, dayKey(at));
      await afterChange(db);
      return result;
    },
    async 'outreach.undo'({ id }) {
      const db = await ports.db();
      const removed = await removeOutreach(db, id, ports.now());
      await afterChange(db);
      return { removed };
    },
    async 'today.get'() {
      return todayView(await ports.db(), ports.now());
    },
    async 'settings.get'() {
      return getSettings(await ports.db());
    },
    async 'settings.set'({ changes }) {
      const settings = await setSettings(await ports.db(), changes);
      ports.settingsChanged?.(settings);
      return settings;
    },
    async 'goal.get'() {
      return getGoal(await ports.db());
    },
    async 'goal.set'({ goal }) {
      const db = await ports.db();
      const existing = await getGoal(db);
      const saved = await setGoal(db, { ...goal, startedOn: existing?.startedOn ?? dayKey(ports.now()) });
      await afterChange(db);
      return saved;
    },
    async 'me.get'() {
      return getMe(await ports.db());
    },
  };
}

function selfContact(profileUrl: string, name: string | null): Contact {
  return newContact({ id: 'self', name: name ?? '', profileUrl, source: 'linkedin' }, 0);
}

/** Per-tab memory for tests and as a fallback: a Map (the worker's storage.session in the browser). */
export function memoryInProcess(): TabMemory {
  const map = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    set: async (key, value) => void map.set(key, value),
    remove: async (key) => void map.delete(key),
  };
}
