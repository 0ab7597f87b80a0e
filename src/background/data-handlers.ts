// Handlers for the dashboard's data: people, the Top 20, pipeline, templates, drafts, the story,
// backups and the LinkedIn export. Extension pages only (the router enforces it).
import { dayKey } from '../coach/days';
import { dueItems } from '../coach/followups';
import { pictureFromCounts, sentence } from '../coach/plan';
import { coachLocaleOf, coachTextFor } from '../coach/text';
import { exportBackup, importBackup } from '../db/backup';
import {
  addContact,
  deleteContact,
  deleteOpportunity,
  deleteTemplate,
  discardDraft,
  getDraft,
  listContacts,
  listOpportunities,
  listTemplates,
  mergeContacts,
  saveDraft,
  saveOpportunities,
  saveTemplate,
  setTop20,
} from '../db/collections';
import { importConnections } from '../db/import-connections';
import { editOutreach, listOutreach, planCounts } from '../db/outreach';
import { importLanded } from '../db/receipts';
import { getGoal, getSettings, setMe } from '../db/singletons';
import type { Envelope, JobType, MessageType, Responses } from '../messages';
import { CoachError, checkBackup, newContact } from '../model';
import { type ChatMessage, createChatHandlers } from './chat-handlers';
import type { Ports } from './ports';
import type { Handlers } from './router';

export type DataMessage =
  | 'me.set'
  | 'contacts.list'
  | 'contact.create'
  | 'contact.delete'
  | 'contact.merge'
  | 'top20.set'
  | 'outreach.list'
  | 'outreach.edit'
  | 'due.get'
  | 'plan.get'
  | 'opportunities.list'
  | 'opportunities.save'
  | 'opportunity.delete'
  | 'templates.list'
  | 'template.save'
  | 'template.delete'
  | 'draft.get'
  | 'draft.save'
  | 'draft.discard'
  | 'backup.export'
  | 'backup.import'
  | 'connections.import'
  | 'import.status';

/** What a job gets besides its message: the page's cancel, and a line back for progress. */
export interface JobContext {
  signal?: AbortSignal;
  progress?: (done: number, total: number) => void;
}

export type ImportJobs = {
  [K in JobType]: (message: Extract<Envelope, { type: K }>, job?: JobContext) => Promise<Responses[K]>;
};

/** The imports: sent alone they just run; over the job port they report progress and can be cancelled. */
export function createImportJobs(ports: Ports): ImportJobs {
  const { db, now } = ports;
  return {
    async 'backup.import'({ backup, jobId, unknownContactName }, job = {}) {
      // The whole file is checked once, here, before anything is written.
      const checked = checkBackup(backup);
      if (!checked.ok) throw new CoachError(checked.problem);
      const file = checked.backup;
      const total =
        file.contacts.length + file.outreach.length + file.opportunities.length + file.templates.length;
      job.progress?.(0, total);
      const summary = await importBackup(await db(), file, {
        signal: job.signal,
        onProgress: (done) => job.progress?.(Math.min(done, total), total),
        receipt: jobId,
        unknownContactName,
        now: now(),
      });
      await ports.refresh();
      return summary;
    },
    async 'connections.import'({ rows, jobId }, job = {}) {
      job.progress?.(0, rows.length);
      return importConnections(await db(), rows, now(), {
        signal: job.signal,
        onProgress: (done) => job.progress?.(Math.min(done, rows.length), rows.length),
        receipt: jobId,
      });
    },
  };
}

export function createDataHandlers(ports: Ports): Pick<Handlers, (DataMessage | ChatMessage) & MessageType> {
  const { db, now } = ports;
  const changed = async () => ports.refresh();
  const imports = createImportJobs(ports);
  return {
    ...createChatHandlers(ports),
    async 'me.set'({ changes }) {
      return setMe(await db(), changes);
    },
    async 'contacts.list'() {
      return listContacts(await db());
    },
    async 'contact.create'({ contact }) {
      const at = now();
      return addContact(await db(), newContact({ ...contact, source: 'warm', userEdited: [] }, at));
    },
    async 'contact.delete'({ id }) {
      await deleteContact(await db(), id);
      await changed();
      return null;
    },
    async 'contact.merge'({ id, otherId }) {
      const result = await mergeContacts(await db(), id, otherId, now());
      await changed();
      return result;
    },
    async 'top20.set'({ ids }) {
      return setTop20(await db(), ids, now());
    },
    async 'outreach.list'(query) {
      return listOutreach(await db(), query);
    },
    async 'outreach.edit'({ id, changes }) {
      const result = await editOutreach(await db(), id, changes, now());
      await changed();
      return result;
    },
    async 'due.get'() {
      const database = await db();
      const [contacts, outreach, settings] = await Promise.all([
        listContacts(database),
        listOutreach(database, {}),
        getSettings(database),
      ]);
      return dueItems(
        {
          today: dayKey(now()),
          contacts,
          outreach,
          followUpAfterDays: settings.followUpAfterDays,
          secondPersonAfterDays: settings.secondPersonAfterDays,
        },
        coachTextFor(coachLocaleOf(ports.language?.() ?? 'en')),
      );
    },
    async 'plan.get'() {
      const database = await db();
      const goal = await getGoal(database);
      if (!goal) return null;
      const picture = pictureFromCounts(await planCounts(database, goal, dayKey(now())));
      // Worded here, in the browser's language: the popup then carries no coach table of its own.
      const locale = coachLocaleOf(ports.language?.() ?? 'en');
      return { ...picture, sentence: sentence(picture, locale, coachTextFor(locale)) };
    },
    async 'opportunities.list'() {
      return listOpportunities(await db());
    },
    async 'opportunities.save'({ opportunities }) {
      return saveOpportunities(await db(), opportunities);
    },
    async 'opportunity.delete'({ id }) {
      await deleteOpportunity(await db(), id);
      return null;
    },
    async 'templates.list'() {
      return listTemplates(await db());
    },
    async 'template.save'({ template }) {
      return saveTemplate(await db(), template);
    },
    async 'template.delete'({ id }) {
      await deleteTemplate(await db(), id);
      return null;
    },
    async 'draft.get'({ key }) {
      return getDraft(await db(), key);
    },
    async 'draft.save'({ draft }) {
      return saveDraft(await db(), draft);
    },
    async 'draft.discard'({ key }) {
      await discardDraft(await db(), key);
      return null;
    },
    async 'backup.export'() {
      return exportBackup(await db(), now());
    },
    'backup.import': (message) => imports['backup.import'](message),
    'connections.import': (message) => imports['connections.import'](message),
    async 'import.status'({ jobId }) {
      return { landed: await importLanded(await db(), jobId) };
    },
  };
}
