// "Delete everything": a backup offered first (the same download as Your data → Export), then a
// word to type — shown in the UI language — before every record goes, in one transaction.
import { useRef, useState } from 'preact/hooks';
import { errorText } from '../../model';
import { send } from '../../platform/send';
import { saveTimer } from '../../platform/session-timer';
import { t } from '../../ui/i18n';
import { type Status, StatusLine } from '../../ui/StatusLine';
import { useData } from '../data';
import { backupFileName, downloadText } from '../data/download';

/** The typed word matches, whatever its case or the spaces around it. */
export function confirms(typed: string, word: string): boolean {
  return typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
}

export function DeleteEverything() {
  const { reload } = useData();
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const word = t('erase_word');

  const backup = async () => {
    setStatus(null);
    try {
      const name = backupFileName(Date.now());
      downloadText(JSON.stringify(await send('backup.export', {}), null, 2), name, 'application/json');
      setStatus({ error: false, text: t('data_downloaded', name) });
    } catch (error) {
      setStatus({ error: true, text: t('data_exportFailed', errorText(error)) });
    }
  };
  const open = () => {
    setAsking(true);
    setTyped('');
    setStatus(null);
    requestAnimationFrame(() => field.current?.focus());
  };
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => openButton.current?.focus());
  };
  const erase = async (event: Event) => {
    event.preventDefault();
    if (!confirms(typed, word)) {
      setStatus({ error: true, text: t('erase_wrongWord', word) });
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const { removed } = await send('data.deleteAll', { confirm: true });
      await saveTimer(null);
      setAsking(false);
      await reload();
      setStatus({ error: false, text: t('erase_done', removed) });
    } catch (error) {
      setStatus({ error: true, text: t('erase_failed', errorText(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card stack settings-erase" aria-labelledby="settings-erase-h">
      <h3 id="settings-erase-h">{t('erase_title')}</h3>
      <p>{t('erase_intro')}</p>
      <div class="row">
        <button type="button" onClick={() => void backup()}>
          {t('erase_backupFirst')}
        </button>
        {!asking && (
          <button type="button" class="danger" ref={openButton} onClick={open}>
            {t('erase_open')}
          </button>
        )}
      </div>
      {asking && (
        <form class="stack" onSubmit={erase} noValidate>
          <label for="erase-word">{t('erase_typeWord', word)}</label>
          <input
            id="erase-word"
            ref={field}
            autocomplete="off"
            spellcheck={false}
            value={typed}
            aria-describedby="erase-warning"
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          <p id="erase-warning" class="warn">
            {t('erase_warning')}
          </p>
          <div class="row">
            <button type="submit" class="danger" disabled={busy}>
              {t('erase_confirm')}
            </button>
            <button type="button" onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        <StatusLine status={status} />
      </div>
    </section>
  );
}
