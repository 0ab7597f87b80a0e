// When the background stops in the middle of a request (MV3 stops service workers at will), the
// page gets the browser's raw rejection; the user must get words, and the truth about their data.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../ui/fake-browser')).browserModule);

import { RequestLost, send } from '../../../src/platform/send';
import { fakeBrowser } from '../ui/fake-browser';

const CHROME_STOPPED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
const CHROME_PORT = 'The message port closed before a response was received.';
const UNREACHABLE = 'Could not establish connection. Receiving end does not exist.';
const FIREFOX_STOPPED = 'Promised response from onMessage listener went out of scope';

const failWith = (message: string) =>
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error(message));

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

afterEach(() => vi.restoreAllMocks());

describe('a request whose answer never came', () => {
  it.each([CHROME_STOPPED, CHROME_PORT, FIREFOX_STOPPED])(
    'a write cut off by the worker stopping says nothing is half-saved and it is safe to try again (%s)',
    async (raw) => {
      failWith(raw);
      const error = await errorOf(send('connections.import', { rows: [] }));
      expect(error).toBeInstanceOf(RequestLost);
      expect(error).toMatchObject({ reason: 'stopped', request: 'connections.import', write: true });
      expect(error.message).toBe(
        'The extension stopped before it answered. Nothing is ever saved halfway: this change was made in full or not at all, so it is safe to try again.',
      );
      expect(error.message).not.toContain('listener');
    },
  );

  it('a write that never reached the background says nothing was changed', async () => {
    failWith(UNREACHABLE);
    const error = await errorOf(send('settings.set', { changes: { showBadge: false } }));
    expect(error.message).toBe(
      'The extension could not be reached, so nothing was changed. Reload this page and try again.',
    );
  });

  it('a read says only what to do', async () => {
    failWith(CHROME_STOPPED);
    expect((await errorOf(send('contacts.list', {}))).message).toBe(
      'The extension stopped before it answered. Nothing was changed; try again.',
    );
    failWith(UNREACHABLE);
    expect((await errorOf(send('today.get', {}))).message).toBe(
      'The extension could not be reached. Reload this page and try again.',
    );
  });

  it('no answer at all counts as a stop', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
    expect(await errorOf(send('outreach.undo', { id: 'x' }))).toMatchObject({
      reason: 'stopped',
      write: true,
    });
  });

  it('the background’s own refusal and other failures pass through unchanged', async () => {
    expect((await errorOf(send('contact.get', { id: '' }))).message).toBe(
      'The field “id” must not be empty.',
    );
    failWith('Something else broke');
    expect(await errorOf(send('today.get', {}))).not.toBeInstanceOf(RequestLost);
  });
});

describe('which requests are writes', () => {
  it('every request but the lookups, lists and the export may change something', async () => {
    const { MESSAGES } = await import('../../../src/messages');
    const reads = [];
    for (const type of Object.keys(MESSAGES) as (keyof typeof MESSAGES)[]) {
      failWith(CHROME_STOPPED);
      const error = await errorOf(send(type, {} as never));
      if (!(error as RequestLost).write) reads.push(type);
    }
    expect(reads.sort()).toEqual([
      'backup.export',
      'brief.get',
      'chats.list',
      'contact.get',
      'contact.lookup',
      'contacts.list',
      'draft.get',
      'drafts.list',
      'due.get',
      'goal.get',
      'me.get',
      'opportunities.list',
      'outreach.list',
      'plan.get',
      'questions.get',
      'session.get',
      'settings.get',
      'templates.list',
      'today.get',
      'words.get',
    ]);
  });
});
