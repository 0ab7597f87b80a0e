import type { MessageType, Reply, RequestBody, Responses } from '../messages';
import { browser } from './browser';

/**
 * The request never got its answer: the background stopped while working on it (MV3 may stop
 * the service worker at any moment), or could not be reached at all (the extension was reloaded
 * under this page). Its message is in the UI language and says what that means for the data.
 */
export class RequestLost extends Error {
  override name = 'RequestLost';
  constructor(
    readonly reason: 'stopped' | 'unreachable',
    readonly request: MessageType,
    readonly write: boolean,
    options?: ErrorOptions,
  ) {
    super(lostWords(reason, write), options);
  }
}

/** Requests that change nothing, by the protocol's naming (`*.get`, `*.list`, `*.lookup`, the export). */
const READ = /\.(?:get|list|lookup)$|^backup\.export$/;

// What Chrome and Firefox reject sendMessage with when the other end is gone. The background
// answers only after its one transaction has committed, and a stopped worker's open
// transaction is rolled back, so a write whose answer never came was made in full or not at all.
const STOPPED = [
  /message channel closed before a response was received/i, // Chrome, listener returned true
  /message port closed before a response was received/i, // Chrome
  /went out of scope/i, // Firefox: "Promised response from onMessage listener went out of scope"
  /message manager disconnected/i, // Firefox
];
const UNREACHABLE = [
  /could not establish connection/i, // both: "… Receiving end does not exist."
  /extension context invalidated/i, // Chrome: the extension was reloaded under this page
];

function lostWords(reason: 'stopped' | 'unreachable', write: boolean): string {
  // The platform's door to the browser's i18n API: the words live in locales/*/bad-input.json.
  const key = `send${reason === 'stopped' ? 'Stopped' : 'Unreachable'}${write ? 'Write' : 'Read'}`;
  return browser.i18n.getMessage(key) || key;
}

function lostReason(error: unknown): 'stopped' | 'unreachable' | null {
  const message = error instanceof Error ? error.message : String(error);
  if (STOPPED.some((pattern) => pattern.test(message))) return 'stopped';
  if (UNREACHABLE.some((pattern) => pattern.test(message))) return 'unreachable';
  return null;
}

/**
 * Sends a typed request to the background and unwraps its reply. Throws the background's
 * refusal reason, or a RequestLost when the answer never came.
 */
export async function send<K extends MessageType>(type: K, body: RequestBody<K>): Promise<Responses[K]> {
  const write = !READ.test(type);
  let reply: Reply<K> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type, ...body })) as Reply<K> | undefined;
  } catch (error) {
    const reason = lostReason(error);
    throw reason ? new RequestLost(reason, type, write, { cause: error }) : error;
  }
  if (!reply) throw new RequestLost('stopped', type, write);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
