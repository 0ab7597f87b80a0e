// The conversation feature: when the user opens a conversation (the messaging page or the
// overlay) and the newest message is from someone with an outreach waiting for an answer, the
// page offers "Dana replied — mark as replied". It reads who wrote and when, never the words,
// and only when the conversation's DOM changes.
import { readConversation } from '../linkedin/conversation';
import { conversationHosts } from '../linkedin/conversation-scope';
import type { PageThread } from '../model';
import { send } from '../platform/send';
import { t } from '../ui/i18n';
import { showNotice } from './notice';
import { waitFor } from './wait';

/** LinkedIn fills a conversation in several passes: read once it has settled. */
const SETTLE_MS = 400;

export function watchConversations(signal: AbortSignal, onThread: (thread: PageThread | null) => void): void {
  let seen = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (signal.aborted) return;
    const { thread } = readConversation(document);
    onThread(thread);
    const key = thread ? JSON.stringify(thread) : '';
    if (!thread || key === seen) return;
    seen = key;
    void send('page.thread', { thread }).then(
      (notice) => {
        if (notice.reply && !signal.aborted) offerReply(notice.reply, signal);
      },
      () => {},
    );
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  };
  void waitFor(
    () => (conversationHosts(document).length ? conversationHosts(document) : null),
    signal,
    15_000,
  ).then((hosts) => {
    if (!hosts || signal.aborted) return;
    const observer = new MutationObserver(schedule);
    for (const host of hosts)
      observer.observe(host, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['class'],
      });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
    check();
  });
}

function offerReply(reply: { name: string; outreachId: string; marked: boolean }, signal: AbortSignal): void {
  const undo = () =>
    void send('thread.unmark', { outreachId: reply.outreachId }).then(
      () => showNotice(t('noticeReplyUnmarked', reply.name), [], signal),
      () => {},
    );
  if (reply.marked) {
    showNotice(t('noticeReplyMarked', reply.name), [{ label: t('undo'), run: undo }], signal);
    return;
  }
  showNotice(
    t('noticeReplied', reply.name),
    [
      {
        label: t('noticeMarkReplied'),
        run: () =>
          void send('thread.mark', { outreachId: reply.outreachId }).then(
            () => showNotice(t('noticeReplyMarked', reply.name), [{ label: t('undo'), run: undo }], signal),
            () => {},
          ),
      },
    ],
    signal,
  );
}
