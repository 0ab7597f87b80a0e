// Copy, Insert into LinkedIn, Log as sent (and its undo). Each says what happened, in words.
import { useRef, useState } from 'preact/hooks';
import { clipboardText, type DraftState, type DraftView, logRequest } from '../../compose/draft';
import { errorText, type Outreach } from '../../model';
import { send } from '../../platform/send';
import { askTab } from '../../platform/tab';
import { t } from '../i18n';

type Status = { tone: 'good' | 'error' | 'muted'; text: string };

interface Props {
  view: DraftView;
  state: DraftState;
  contactId: string;
  tabId: number | null;
  onLogged: () => void;
}

export function ComposerActions({ view, state, contactId, tabId, onLogged }: Props) {
  const [status, setStatus] = useState<Status | null>(null);
  const [logged, setLogged] = useState<Outreach | null>(null);
  const requestId = useRef(crypto.randomUUID());

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(clipboardText(view));
      setStatus({ tone: 'good', text: t('copied') });
    } catch {
      setStatus({ tone: 'error', text: t('copyFailed') });
    }
  };
  const insert = async () => {
    if (tabId === null) return;
    try {
      const result = await askTab(tabId, { type: 'content.insert', text: view.text, subject: view.subject });
      setStatus(
        result.ok
          ? { tone: 'good', text: t('inserted') }
          : { tone: 'error', text: result.hint ?? t('insertFailed') },
      );
    } catch {
      setStatus({ tone: 'error', text: t('noContentScript') });
    }
  };
  const log = async () => {
    try {
      const { outreach } = await send(
        'outreach.log',
        logRequest(state, view.choice, contactId, requestId.current),
      );
      setLogged(outreach);
      setStatus({ tone: 'good', text: t('loggedAsSent') });
      onLogged();
      await send('draft.discard', { key: contactId }).catch((error: unknown) =>
        setStatus({ tone: 'error', text: t('draftDiscardFailed', errorText(error)) }),
      );
    } catch (error) {
      setStatus({ tone: 'error', text: errorText(error) });
    }
  };
  const undo = async () => {
    if (!logged) return;
    try {
      await send('outreach.undo', { id: logged.id });
      setLogged(null);
      requestId.current = crypto.randomUUID();
      setStatus({ tone: 'muted', text: t('logUndone') });
      onLogged();
    } catch (error) {
      setStatus({ tone: 'error', text: errorText(error) });
    }
  };

  return (
    <>
      <div class="row actions">
        <button type="button" onClick={copy}>
          {t('copy')}
        </button>
        <button type="button" onClick={insert} disabled={tabId === null || view.over}>
          {t('insertIntoLinkedIn')}
        </button>
        {logged ? (
          <button type="button" onClick={undo}>
            {t('undo')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={log}>
            {t('logAsSent')}
          </button>
        )}
      </div>
      {status && (
        <p role="status" class={status.tone}>
          {status.text}
        </p>
      )}
    </>
  );
}
