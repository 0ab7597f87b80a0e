import {
  JOB_PORT,
  type JobCommand,
  type JobEvent,
  type JobType,
  type RequestOf,
  type Responses,
} from '../messages';
import { browser } from './browser';

// A long job (an import) over a port: progress while it runs, a cancel, and an honest outcome.
// `interrupted` means the line dropped before the background answered (MV3 stopped the worker,
// or the extension reloaded): the job's one transaction then either committed whole or not at
// all, and 'import.status' tells which.

export type JobOutcome<K extends JobType> =
  | { outcome: 'done'; value: Responses[K] }
  | { outcome: 'cancelled' }
  | { outcome: 'interrupted' };

export interface RunningJob<K extends JobType> {
  /** Resolves with the outcome; rejects with the background's reason when the job failed. */
  result: Promise<JobOutcome<K>>;
  cancel(): void;
}

/** Firefox suspends an idle event page after 30 s; a message from the page counts as activity. */
const PING_MS = 10_000;

export function startJob<K extends JobType>(
  type: K,
  body: RequestOf<K>,
  onProgress: (done: number, total: number) => void,
): RunningJob<K> {
  const port = browser.runtime.connect({ name: JOB_PORT });
  const send = (command: JobCommand) => {
    try {
      port.postMessage(command);
    } catch {
      // Disconnected: the outcome is already on its way (interrupted).
    }
  };
  let ping: ReturnType<typeof setInterval> | undefined;
  const result = new Promise<JobOutcome<K>>((resolve, reject) => {
    let over = false;
    const end = (settle: () => void) => {
      if (over) return;
      over = true;
      clearInterval(ping);
      settle();
    };
    port.onMessage.addListener((message: unknown) => {
      const event = message as JobEvent<K>;
      if (event.type === 'job.progress') {
        if (!over) onProgress(event.done, event.total);
        return;
      }
      end(() => {
        if (event.type === 'job.done') resolve({ outcome: 'done', value: event.value });
        else if (event.type === 'job.cancelled') resolve({ outcome: 'cancelled' });
        else reject(new Error(event.error));
      });
      port.disconnect();
    });
    port.onDisconnect.addListener(() => end(() => resolve({ outcome: 'interrupted' })));
  });
  send({ type: 'job.start', job: { type, ...body } as Extract<JobCommand, { type: 'job.start' }>['job'] });
  ping = setInterval(() => send({ type: 'job.ping' }), PING_MS);
  return { result, cancel: () => send({ type: 'job.cancel' }) };
}
