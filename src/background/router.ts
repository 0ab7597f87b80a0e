// Receives every message: checks who sent it and what it says, then hands it to its handler.
// Refusals are logged with their reason and answered, never thrown at the sender, in the UI
// language: the one place the background words a problem (through the injected Words).
import * as v from 'valibot';
import {
  checkMessage,
  type Envelope,
  MESSAGES,
  type MessageType,
  type Reply,
  type Responses,
} from '../messages';
import { type Problem, problem, problemOf, type Words, wordProblem } from '../model';

export type SenderKind = 'content' | 'extension';

export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/** Our own extension pages, or our content script inside a linkedin.com tab; nobody else. */
export function classifySender(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind | null {
  if (sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(ownOrigin)) return 'extension';
  if (sender.tab && /^https:\/\/www\.linkedin\.com\//.test(sender.url)) return 'content';
  return null;
}

export type Handlers = {
  [K in MessageType]: (
    message: Extract<Envelope, { type: K }>,
    context: { tabId: number | null; sender: SenderKind },
  ) => Promise<Responses[K]>;
};

export async function route(
  raw: unknown,
  sender: SenderInfo,
  self: { id: string; origin: string },
  handlers: Handlers,
  log: (reason: string) => void = (reason) => console.warn(`[coffee-chat-coach] refused: ${reason}`),
  words: Words = NO_WORDS,
): Promise<Reply<MessageType>> {
  const refuse = (found: Problem) => ({ ok: false as const, error: wordProblem(found, words) });
  const kind = classifySender(sender, self.id, self.origin);
  if (!kind) {
    log(`unexpected sender ${sender.url ?? sender.id ?? 'unknown'}`);
    return refuse(problem('unexpectedSender'));
  }
  const checked = checkMessage(raw, kind);
  if (!checked.ok) {
    log(checked.reason);
    return refuse(checked.problem);
  }
  const { message } = checked;
  const handler = handlers[message.type] as (
    m: Envelope,
    c: { tabId: number | null; sender: SenderKind },
  ) => Promise<unknown>;
  try {
    const value = await handler(message, { tabId: sender.tab?.id ?? null, sender: kind });
    return {
      ok: true,
      value: kind === 'content' ? forContent(message.type, value) : value,
    } as Reply<MessageType>;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    log(`${message.type} failed: ${text}`);
    return refuse(problemOf(error) ?? storageProblem(error) ?? problem('unexpected', { detail: text }));
  }
}

/** Without the browser's words (a test that does not care): the developer's line of each problem. */
const NO_WORDS: Words = { message: () => '', locale: 'en' };

/**
 * A reply to a content script carries only what its schema names (valibot drops every other
 * key): notes, emails and histories never reach a page's process.
 */
function forContent(type: MessageType, value: unknown): unknown {
  const spec = MESSAGES[type];
  return 'contentReply' in spec ? v.parse(spec.contentReply, value) : value;
}

/** Storage errors a user can act on; every write is one transaction, so nothing is half-saved. */
function storageProblem(error: unknown): Problem | null {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return problem('storageFull');
  if (name === 'ConstraintError') return problem('alreadyExists');
  return null;
}
