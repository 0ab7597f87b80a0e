// Long jobs (the imports) over a port: the page starts one, hears its progress, and may cancel
// it. The job's message goes through the router like any other (sender, schema, errors in the
// user's words); cancelling, or the page going away, aborts the job's one transaction, so
// nothing of the file stays. Pure over the port, so unit tests drive it with a fake one.
import { checkJobCommand, JOB_PORT, type JobCommand, type JobEvent, type JobType } from '../messages';
import type { ImportJobs } from './data-handlers';
import { type Handlers, route, type SenderInfo } from './router';

/** The part of a runtime.Port a job needs. */
export interface JobPort {
  name: string;
  sender?: SenderInfo | undefined;
  postMessage(event: JobEvent): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Progress at most this often: a few thousand records apart, never enough to slow the job. */
const PROGRESS_EVERY_MS = 150;

export function serveJobPort(
  port: JobPort,
  self: { id: string; origin: string },
  handlers: Handlers,
  jobs: ImportJobs,
  log: (reason: string) => void = (reason) => console.warn(`[coffee-chat-coach] job: ${reason}`),
): void {
  if (port.name !== JOB_PORT) return;
  const controller = new AbortController();
  let started = false;
  let finished = false;
  const post = (event: JobEvent) => {
    try {
      port.postMessage(event);
    } catch {
      // The page went away; its disconnect already cancelled the job.
    }
  };
  const finish = (event: JobEvent) => {
    finished = true;
    post(event);
  };
  port.onDisconnect.addListener(() => {
    if (!finished)
      controller.abort(new DOMException('The page that started the import closed.', 'AbortError'));
  });
  port.onMessage.addListener((raw) => {
    const checked = checkJobCommand(raw);
    if (!checked.ok) {
      log(checked.reason);
      if (!started) finish({ type: 'job.failed', error: checked.reason });
      return;
    }
    const { command } = checked;
    if (command.type === 'job.cancel') controller.abort();
    else if (command.type === 'job.start' && !started) {
      started = true;
      void run(command.job).then(finish);
    }
  });

  async function run(job: Extract<JobCommand, { type: 'job.start' }>['job']): Promise<JobEvent> {
    let last = 0;
    const context = {
      signal: controller.signal,
      progress: (done: number, total: number) => {
        const now = Date.now();
        if (done < total && now - last < PROGRESS_EVERY_MS) return;
        last = now;
        post({ type: 'job.progress', done, total });
      },
    };
    const bound: Pick<Handlers, JobType> = {
      'backup.import': (message) => jobs['backup.import'](message, context),
      'connections.import': (message) => jobs['connections.import'](message, context),
    };
    const reply = await route(job, port.sender ?? {}, self, { ...handlers, ...bound }, log);
    if (reply.ok) return { type: 'job.done', value: reply.value } as JobEvent;
    // Aborted and not committed: whatever the rejection said, nothing of the file stayed.
    if (controller.signal.aborted) return { type: 'job.cancelled' };
    return { type: 'job.failed', error: reply.error };
  }
}
