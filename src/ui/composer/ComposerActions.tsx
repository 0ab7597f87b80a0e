// Copy, Insert into LinkedIn, Log as sent (and its undo). Each says what happened, in words.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  clipboardText,
  type DraftState,
  type DraftView,
  emailOf,
  logRequest,
  mailtoLink,
  OFF_LINKEDIN,
  phoneOf,
} from '../../compose/draft';
import { type ContactView, errorText, type LogRequest, type Outreach } from '../../model';
import { onDataChanged } from '../../platform/changes';
import { send } from '../../platform/send';
import { t } from '../i18n';
import type { Status } from './useInsert';

interface Props {
  view: DraftView;
  state: DraftState;
  person: ContactView;
  canInsert: boolean;
  onInsert: (text: string, subject: string | null, log: LogRequest) => void;
  onLogged: () => void;
  status: Status | null;
  show: (status: Status) => void;
}

export function ComposerActions({ view, state, person, canInsert, onInsert, onLogged, status, show }: Props) {
  const [logged, setLogged] = useState<Outreach | null>(null);
  const requestId = useRef(crypto.randomUUID());
  useEffect(
    () =>
      // Logged by the user's own click on Send in LinkedIn (the page tells the background).
      onDataChanged(() => {
        if (logged) return;
        void send('request.status', { requestId: requestId.current }).then(
          (found) => {
            if (!found) return;
            setLogged(found);
            show({ tone: 'good', text: t('loggedOnSend') });
            onLogged();
          },
          () => {},
        );
      }),
    [logged],
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(clipboardText(view));
      show({ tone: 'good', text: t('copied') });
    } catch {
      show({ tone: 'error', text: t('copyFailed') });
    }
  };
  const log = async () => {
    try {
      // The draft goes in the same transaction: nothing stale is left if the popup closes now.
      const { outreach } = await send(
        'outreach.log',
        logRequest(person, state, view.choice, requestId.current),
      );
      setLogged(outreach);
      show({ tone: 'good', text: t('loggedAsSent') });
      onLogged();
    } catch (error) {
      show({ tone: 'error', text: errorText(error) });
    }
  };
  const undo = async () => {
    if (!logged) return;
    try {
      await send('outreach.undo', { id: logged.id });
      setLogged(null);
      requestId.current = crypto.randomUUID();
      show({ tone: 'muted', text: t('logUndone') });
      onLogged();
    } catch (error) {
      show({ tone: 'error', text: errorText(error) });
    }
  };

  const channel = view.choice.meta.channel;
  const offLinkedIn = OFF_LINKEDIN.has(channel);
  const email = channel === 'email' ? emailOf(person.contact) : null;
  const phone = channel === 'phone' || channel === 'text' ? phoneOf(person.contact) : null;
  return (
    <>
      {channel === 'email' && !email && <p class="muted">{t('noEmailKnown')}</p>}
      {phone && <p data-testid="phone">{t(channel === 'text' ? 'textThem' : 'callThem', phone)}</p>}
      <div class="row actions">
        <button type="button" onClick={copy}>
          {t('copy')}
        </button>
        {offLinkedIn ? (
          email && (
            <a class="button" href={mailtoLink(email, view.subject, view.text)} data-testid="mailto">
              {t('openInEmail')}
            </a>
          )
        ) : (
          <button
            type="button"
            onClick={() =>
              onInsert(view.text, view.subject, logRequest(person, state, view.choice, requestId.current))
            }
            disabled={!canInsert || view.over}
          >
            {t('insertIntoLinkedIn')}
          </button>
        )}
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
