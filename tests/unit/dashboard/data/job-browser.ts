// The fake browser of the UI tests plus `runtime.connect`: a port pair whose background end is
// served by the real job runner (src/background/jobs.ts) over fake-indexeddb. `line` lets a
// test do what MV3 does to a worker: stop it mid-job, or after the commit but before the reply.
import { createImportJobs } from '../../../../src/background/data-handlers';
import { createHandlers } from '../../../../src/background/handlers';
import { type JobPort, serveJobPort } from '../../../../src/background/jobs';
import type { Ports } from '../../../../src/background/ports';
import { openDatabase } from '../../../../src/db/open';
import type { JobEvent } from '../../../../src/messages';
import { clock, fakeBrowser } from '../../ui/fake-browser';

const SELF = { id: fakeBrowser.runtime.id, origin: fakeBrowser.runtime.getURL('') };
const PAGE = { id: SELF.id, url: `${SELF.origin}src/dashboard/index.html` };

const ports: Ports = {
  db: openDatabase,
  now: () => clock.now,
  todayChanged: () => {},
  tabPerson: () => {},
  refresh: async () => {},
};
const handlers = createHandlers(ports);
const jobs = createImportJobs(ports);

type Listener<T> = (value: T) => void;
const later = (fn: () => void) => setTimeout(fn, 0);

export const line = {
  /** Every event the background sent, in order. */
  events: [] as JobEvent[],
  /** The worker "stops" as the job ends: the final event is never delivered. */
  stopBeforeReply: false,
  /** Stops the worker now: both ends of every open port disconnect. */
  stopWorker: () => {
    for (const stop of open) stop();
  },
  reset() {
    this.events = [];
    this.stopBeforeReply = false;
  },
};
const open = new Set<() => void>();

function connect({ name }: { name: string }) {
  const toPage = { message: [] as Listener<unknown>[], disconnect: [] as Listener<void>[] };
  const toBackground = { message: [] as Listener<unknown>[], disconnect: [] as Listener<void>[] };
  let connected = true;
  const cut = () => {
    if (!connected) return;
    connected = false;
    open.delete(cut);
    later(() => {
      for (const l of toPage.disconnect) l();
      for (const l of toBackground.disconnect) l();
    });
  };
  open.add(cut);
  const background: JobPort = {
    name,
    sender: PAGE,
    postMessage(event) {
      if (!connected) throw new Error('Attempting to use a disconnected port object');
      line.events.push(event);
      if (line.stopBeforeReply && event.type !== 'job.progress') return cut();
      const copy = structuredClone(event);
      later(() => {
        for (const l of toPage.message) l(copy);
      });
    },
    disconnect() {
      if (!connected) return;
      connected = false;
      open.delete(cut);
      later(() => {
        for (const l of toPage.disconnect) l();
      });
    },
    onMessage: { addListener: (l) => void toBackground.message.push(l) },
    onDisconnect: { addListener: (l) => void toBackground.disconnect.push(l) },
  };
  serveJobPort(background, SELF, handlers, jobs, () => {});
  return {
    name,
    postMessage(message: unknown) {
      if (!connected) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(message);
      later(() => {
        for (const l of toBackground.message) l(copy);
      });
    },
    disconnect() {
      if (!connected) return;
      connected = false;
      open.delete(cut);
      later(() => {
        for (const l of toBackground.disconnect) l();
      });
    },
    onMessage: { addListener: (l: Listener<unknown>) => void toPage.message.push(l) },
    onDisconnect: { addListener: (l: Listener<void>) => void toPage.disconnect.push(l) },
  };
}

/** `vi.mock('…/src/platform/browser', () => browserModule)` */
export const browserModule = {
  browser: { ...fakeBrowser, runtime: { ...fakeBrowser.runtime, connect } },
};
