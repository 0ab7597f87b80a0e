// The user's own Send, after an Insert: LinkedIn's Send button (or Enter in the box) pressed by
// the user, and then the inserted text leaving the box, logs the message the popup registered —
// with the same idempotency key as "Log as sent", so pressing both logs once. It only listens:
// it never clicks. A text that was discarded (no Send) logs nothing.
import { SEND_BUTTONS } from '../linkedin/selectors/composer';
import { send } from '../platform/send';
import { t } from '../ui/i18n';
import { normalise } from './editors/contenteditable';
import { showNotice } from './notice';
import { waitFor } from './wait';

/** How long after the click the text may take to leave the box (LinkedIn animates the send). */
const LEAVE_WITHIN_MS = 5000;

function boxText(box: HTMLElement | HTMLTextAreaElement): string {
  return normalise(box instanceof HTMLTextAreaElement ? box.value : (box.textContent ?? ''));
}

export function watchSend(
  box: HTMLElement | HTMLTextAreaElement,
  text: string,
  requestId: string,
  signal: AbortSignal,
): void {
  const scope: ParentNode = box.closest('form, [role="dialog"]') ?? box.ownerDocument;
  const probe = normalise(text).slice(0, 60);
  let done = false;
  const gone = () => !box.isConnected || !boxText(box).includes(probe);
  const pressed = () => {
    if (done) return;
    void waitFor(() => (gone() ? true : null), signal, LEAVE_WITHIN_MS).then((left) => {
      if (!left || done || signal.aborted) return;
      done = true;
      void send('send.seen', { requestId }).then(
        (notice) => {
          if (!notice.logged || signal.aborted) return;
          const { name } = notice.logged;
          showNotice(
            t('noticeSentLogged', name),
            [
              {
                label: t('undo'),
                run: () =>
                  void send('send.undo', { requestId }).then(
                    () => showNotice(t('noticeSentUndone'), [], signal),
                    () => {},
                  ),
              },
            ],
            signal,
          );
        },
        () => {},
      );
    });
  };
  const onClick = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target && SEND_BUTTONS.some((s) => target.closest(s))) pressed();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !(box instanceof HTMLTextAreaElement)) pressed();
  };
  // Capture phase on the page's own elements: we hear the click before LinkedIn handles it.
  scope.addEventListener('click', onClick, { capture: true, signal });
  box.addEventListener('keydown', onKey as EventListener, { capture: true, signal });
}
