import type { MessageType, Reply, RequestBody, Responses } from '../messages';
import { browser } from './browser';

/** Sends a typed request to the background and unwraps its reply; throws with the refusal reason. */
export async function send<K extends MessageType>(type: K, body: RequestBody<K>): Promise<Responses[K]> {
  const reply = (await browser.runtime.sendMessage({ type, ...body })) as Reply<K> | undefined;
  if (!reply) throw new Error('The extension did not answer. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
