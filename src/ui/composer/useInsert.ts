// "Insert into LinkedIn": the content script puts the text into the box the user opened. If that
// box belongs to a conversation with someone else than the message is for, nothing is inserted
// until the user confirms; when no box is open, the words say where to open one.
import { useState } from 'preact/hooks';
import type { InsertResult, LogRequest, Recipient } from '../../model';
import { send } from '../../platform/send';
import { askTab } from '../../platform/tab';
import { t } from '../i18n';

export type Status = { tone: 'good' | 'error' | 'muted'; text: string };

interface Pending {
  text: string;
  subject: string | null;
  found: string;
  log?: LogRequest;
}

export function useInsert(tabId: number | null, recipient: Recipient | null, show: (status: Status) => void) {
  const [pending, setPending] = useState<Pending | null>(null);
  const run = async (text: string, subject: string | null, confirmed: boolean, log?: LogRequest) => {
    if (tabId === null) return;
    let result: InsertResult;
    try {
      // The user's own Send of this text will log it, with the same key as "Log as sent".
      const watching = log
        ? (await send('send.expect', { tabId, request: log }).catch(() => null))?.watching
        : false;
      const expect = watching && log ? log.requestId : null;
      result = await askTab(tabId, { type: 'content.insert', text, subject, recipient, confirmed, expect });
    } catch {
      show({ tone: 'error', text: t('noContentScript') });
      return;
    }
    if (result.mismatch && !confirmed) {
      setPending({ text, subject, found: result.mismatch, ...(log ? { log } : {}) });
      return;
    }
    if (result.ok) show({ tone: 'good', text: t('inserted') });
    else if (result.target === 'none' && recipient)
      show({ tone: 'error', text: t('insertNoBoxFor', recipient.name) });
    else show({ tone: 'error', text: result.hint ?? t('insertFailed') });
  };
  return {
    insert: (text: string, subject: string | null, log?: LogRequest) => run(text, subject, false, log),
    pending,
    confirm: () => {
      const held = pending;
      setPending(null);
      if (held) void run(held.text, held.subject, true, held.log);
    },
    cancel: () => {
      setPending(null);
      show({ tone: 'muted', text: t('insertCancelled') });
    },
  };
}
