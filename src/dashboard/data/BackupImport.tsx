import { useRef, useState } from 'preact/hooks';
import { type Backup, errorText, type ImportSummary } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { type BackupPreview, readBackup } from './backup-preview';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; fileName: string; backup: Backup; preview: BackupPreview }
  | { step: 'importing' }
  | { step: 'done'; summary: ImportSummary }
  | { step: 'failed'; message: string };

/** File → check → preview → import. Until "Import" is pressed nothing is sent; a refusal changes nothing. */
export function BackupImport() {
  const { data, reload } = useData();
  const [state, setState] = useState<State>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const reset = (next: State) => {
    if (input.current) input.current.value = '';
    setState(next);
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      reset({ step: 'failed', message: t('data_fileUnreadable', errorText(error)) });
      return;
    }
    const reading = readBackup(text, data);
    if (!reading.ok) {
      reset({ step: 'failed', message: reading.reason === 'json' ? t('data_backupNotJson') : reading.error });
      return;
    }
    setState({ step: 'preview', fileName: file.name, backup: reading.backup, preview: reading.preview });
  };
  const importIt = async (backup: Backup) => {
    setState({ step: 'importing' });
    try {
      const summary = await send('backup.import', { backup });
      await reload();
      reset({ step: 'done', summary });
    } catch (error) {
      reset({ step: 'failed', message: errorText(error) });
    }
  };

  return (
    <section class="card stack" aria-labelledby="data-backup-h">
      <h3 id="data-backup-h">{t('data_backupTitle')}</h3>
      <p class="muted">{t('data_backupIntro')}</p>
      <div>
        <label for="data-backup-file">{t('data_backupFile')}</label>
        <input
          id="data-backup-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          disabled={state.step === 'reading' || state.step === 'importing'}
          onChange={(e) => void pick(e.currentTarget.files?.[0])}
        />
      </div>
      {state.step === 'reading' && <p role="status">{t('data_reading')}</p>}
      {state.step === 'importing' && <p role="status">{t('data_importing')}</p>}
      {state.step === 'failed' && (
        <div role="alert" class="error">
          <p>{state.message}</p>
          <p>
            <strong>{t('data_nothingChanged')}</strong>
          </p>
        </div>
      )}
      {state.step === 'done' && (
        <p role="status" class="good">
          {t(
            'data_backupDone',
            state.summary.contactsAdded,
            state.summary.contactsMerged,
            state.summary.outreachAdded,
            state.summary.opportunitiesAdded,
            state.summary.templatesAdded,
          )}
        </p>
      )}
      {state.step === 'preview' && (
        <section class="stack" aria-labelledby="data-backup-preview-h">
          <h4 id="data-backup-preview-h">{t('data_backupPreviewTitle', state.fileName)}</h4>
          <Preview preview={state.preview} />
          <div class="row">
            <button type="button" class="primary" onClick={() => void importIt(state.backup)}>
              {t('data_backupImport')}
            </button>
            <button type="button" onClick={() => reset({ step: 'idle' })}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}

function Preview({ preview }: { preview: BackupPreview }) {
  return (
    <ul>
      <li>{t('data_previewExportedAt', new Date(preview.exportedAt).toLocaleString())}</li>
      <li>{t('data_previewContacts', preview.contacts, preview.contactsMerged)}</li>
      <li>{t('data_previewOutreach', preview.outreach, preview.outreachPresent)}</li>
      <li>{t('data_previewOpportunities', preview.opportunities)}</li>
      <li>{t('data_previewTemplates', preview.templates)}</li>
      <li>{t(`data_previewGoal_${preview.goal}`)}</li>
      <li>{preview.hasStory ? t('data_previewStory') : t('data_previewNoStory')}</li>
      <li>{preview.hasSettings ? t('data_previewSettings') : t('data_previewNoSettings')}</li>
    </ul>
  );
}
