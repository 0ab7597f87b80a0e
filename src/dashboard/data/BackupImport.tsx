import { useRef, useState } from 'preact/hooks';
import type { BackupImportSummary } from '../../model';
import { type Backup, errorText } from '../../model';
import { type RunningJob, startJob } from '../../platform/job';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { type BackupPreview, readBackup } from './backup-preview';
import { afterInterruption, ImportOutcome, type Outcome } from './ImportOutcome';
import { ImportProgress, type Progress } from './ImportProgress';
import { type UnknownPeople, unknownPeople } from './unknown-people';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; fileName: string; backup: Backup; preview: BackupPreview; unknown: UnknownPeople }
  | ({ step: 'importing' } & Progress)
  | { step: 'done'; summary: BackupImportSummary }
  | { step: 'over'; outcome: Outcome }
  | { step: 'failed'; message: string };

const entriesIn = (b: Backup) =>
  b.contacts.length + b.outreach.length + b.opportunities.length + b.templates.length;

/**
 * File → check → preview → import, with progress and Cancel. Until "Import" is pressed nothing
 * is sent; a refusal, a cancel or an interruption changes nothing (one transaction).
 */
export function BackupImport() {
  const { data, reload } = useData();
  const [state, setState] = useState<State>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const job = useRef<RunningJob<'backup.import'> | null>(null);
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
    setState({
      step: 'preview',
      fileName: file.name,
      backup: reading.backup,
      preview: reading.preview,
      unknown: unknownPeople(reading.backup, data),
    });
  };
  const importIt = async (backup: Backup) => {
    const jobId = crypto.randomUUID();
    setState({ step: 'importing', done: 0, total: entriesIn(backup), cancelling: false });
    try {
      job.current = startJob(
        'backup.import',
        { backup, jobId, unknownContactName: t('data_unknownContactName', '{n}') },
        (done, total) => setState((s) => (s.step === 'importing' ? { ...s, done, total } : s)),
      );
      const result = await job.current.result;
      if (result.outcome === 'done') reset({ step: 'done', summary: result.value });
      else if (result.outcome === 'cancelled') reset({ step: 'over', outcome: 'cancelled' });
      else reset({ step: 'over', outcome: await afterInterruption(jobId) });
      // The result is on screen at once; the lists catch up behind it.
      if (result.outcome !== 'cancelled') void reload();
    } catch (error) {
      reset({ step: 'failed', message: errorText(error) });
    } finally {
      job.current = null;
    }
  };
  const cancel = () => {
    job.current?.cancel();
    setState((s) => (s.step === 'importing' ? { ...s, cancelling: true } : s));
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
      {state.step === 'importing' && <ImportProgress progress={state} onCancel={cancel} />}
      {state.step === 'over' && <ImportOutcome outcome={state.outcome} />}
      {state.step === 'failed' && (
        <div role="alert" class="error">
          <p>{state.message}</p>
          <p>
            <strong>{t('data_nothingChanged')}</strong>
          </p>
        </div>
      )}
      {state.step === 'done' && <Done summary={state.summary} />}
      {state.step === 'preview' && (
        <section class="stack" aria-labelledby="data-backup-preview-h">
          <h4 id="data-backup-preview-h">{t('data_backupPreviewTitle', state.fileName)}</h4>
          <Preview preview={state.preview} unknown={state.unknown} />
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

function Done({ summary }: { summary: BackupImportSummary }) {
  return (
    <div role="status" class="good">
      <p>
        {t(
          'data_backupDone',
          summary.contactsAdded,
          summary.contactsMerged,
          summary.outreachAdded,
          summary.opportunitiesAdded,
          summary.templatesAdded,
        )}
      </p>
      {summary.outreachUnderUnknown > 0 && (
        <p>{t('data_backupDoneUnknown', summary.outreachUnderUnknown, summary.unknownContacts)}</p>
      )}
    </div>
  );
}

function Preview({ preview, unknown }: { preview: BackupPreview; unknown: UnknownPeople }) {
  return (
    <ul>
      <li>{t('data_previewExportedAt', new Date(preview.exportedAt).toLocaleString())}</li>
      <li>{t('data_previewContacts', preview.contacts, preview.contactsMerged)}</li>
      <li>{t('data_previewOutreach', preview.outreach, preview.outreachPresent)}</li>
      {unknown.entries > 0 && (
        <li>{t('data_previewUnknown', unknown.entries, t('data_unknownContactName', 1))}</li>
      )}
      <li>{t('data_previewOpportunities', preview.opportunities)}</li>
      <li>{t('data_previewTemplates', preview.templates)}</li>
      <li>{t(`data_previewGoal_${preview.goal}`)}</li>
      <li>{preview.hasStory ? t('data_previewStory') : t('data_previewNoStory')}</li>
      <li>{preview.hasSettings ? t('data_previewSettings') : t('data_previewNoSettings')}</li>
    </ul>
  );
}
