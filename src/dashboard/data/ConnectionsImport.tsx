import { useRef, useState } from 'preact/hooks';
import { type LinkedInConnection, parseLinkedInConnections } from '../../importers/linkedin-connections';
import { type ConnectionsSummary, errorText } from '../../model';
import { type RunningJob, startJob } from '../../platform/job';
import { t, tPlural } from '../../ui/i18n';
import { useData } from '../data';
import { ConnectionsPreviewList } from './ConnectionsPreviewList';
import { type ConnectionsPreview, fileRefused, previewConnections } from './connections-preview';
import { afterInterruption, ImportOutcome, type Outcome } from './ImportOutcome';
import { ImportProgress, type Progress } from './ImportProgress';
import { importWords } from './import-words';

type State =
  | { step: 'idle' }
  | { step: 'reading' | 'parsing'; fileName: string }
  | { step: 'preview'; fileName: string; rows: LinkedInConnection[]; preview: ConnectionsPreview }
  | ({ step: 'importing' } & Progress)
  | { step: 'done'; summary: ConnectionsSummary }
  | { step: 'over'; outcome: Outcome }
  | { step: 'failed'; message: string; nothingChanged: boolean };

/** Lets the browser paint the progress state before the synchronous parse starts. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function ConnectionsImport() {
  const { reload } = useData();
  const [state, setState] = useState<State>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  // Each pick gets a number; Cancel bumps it, so a read or parse that finishes later is dropped.
  const run = useRef(0);
  const job = useRef<RunningJob<'connections.import'> | null>(null);
  const reset = (next: State) => {
    if (input.current) input.current.value = '';
    setState(next);
  };
  const cancel = () => {
    run.current++;
    reset({ step: 'idle' });
  };
  // Once the rows are with the background, Cancel rolls its one transaction back.
  const cancelImport = () => {
    job.current?.cancel();
    setState((s) => (s.step === 'importing' ? { ...s, cancelling: true } : s));
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const mine = ++run.current;
    const stale = () => run.current !== mine;
    setState({ step: 'reading', fileName: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      if (!stale())
        reset({ step: 'failed', message: t('data_fileUnreadable', errorText(error)), nothingChanged: true });
      return;
    }
    if (stale()) return;
    setState({ step: 'parsing', fileName: file.name });
    await nextFrame();
    if (stale()) return;
    const result = parseLinkedInConnections(text, importWords());
    if (stale()) return;
    const refused = fileRefused(result);
    if (refused !== null) {
      reset({ step: 'failed', message: refused, nothingChanged: true });
      return;
    }
    setState({
      step: 'preview',
      fileName: file.name,
      rows: result.connections,
      preview: previewConnections(result),
    });
  };
  const importRows = async (rows: LinkedInConnection[]) => {
    const jobId = crypto.randomUUID();
    setState({ step: 'importing', done: 0, total: rows.length, cancelling: false });
    try {
      job.current = startJob('connections.import', { rows, jobId }, (done, total) =>
        setState((s) => (s.step === 'importing' ? { ...s, done, total } : s)),
      );
      const result = await job.current.result;
      if (result.outcome === 'done') reset({ step: 'done', summary: result.value });
      else if (result.outcome === 'cancelled') reset({ step: 'over', outcome: 'cancelled' });
      else reset({ step: 'over', outcome: await afterInterruption(jobId) });
      // The result is on screen at once; the lists catch up behind it.
      if (result.outcome !== 'cancelled') void reload();
    } catch (error) {
      reset({ step: 'failed', message: errorText(error), nothingChanged: true });
    } finally {
      job.current = null;
    }
  };
  const working = state.step === 'reading' || state.step === 'parsing' || state.step === 'importing';

  return (
    <section class="card stack" aria-labelledby="data-li-h">
      <h3 id="data-li-h">{t('data_liTitle')}</h3>
      <p>{t('data_liIntro')}</p>
      <ol>
        <li>{t('data_liStep1')}</li>
        <li>{t('data_liStep2')}</li>
        <li>{t('data_liStep3')}</li>
      </ol>
      <div>
        <label for="data-li-file">{t('data_liFile')}</label>
        <input
          id="data-li-file"
          ref={input}
          type="file"
          accept=".csv,text/csv"
          disabled={working}
          onChange={(e) => void pick(e.currentTarget.files?.[0])}
        />
      </div>
      {(state.step === 'reading' || state.step === 'parsing') && (
        <div class="row" role="status">
          <progress aria-label={t('data_liProgress')} />
          <span>
            {state.step === 'reading'
              ? t('data_liReading', state.fileName)
              : t('data_liParsing', state.fileName)}
          </span>
          <button type="button" onClick={cancel}>
            {t('cancel')}
          </button>
        </div>
      )}
      {state.step === 'importing' && <ImportProgress progress={state} onCancel={cancelImport} />}
      {state.step === 'over' && <ImportOutcome outcome={state.outcome} />}
      {state.step === 'failed' && (
        <div role="alert" class="error">
          <p>{state.message}</p>
          {state.nothingChanged && (
            <p>
              <strong>{t('data_nothingImported')}</strong>
            </p>
          )}
        </div>
      )}
      {state.step === 'done' && (
        <p role="status" class="good">
          {t('data_liDone', state.summary.added, state.summary.updated, state.summary.unchanged)}
        </p>
      )}
      {state.step === 'preview' && (
        <section class="stack" aria-labelledby="data-li-preview-h">
          <h4 id="data-li-preview-h">{t('data_liPreviewTitle', state.fileName)}</h4>
          <ConnectionsPreviewList preview={state.preview} />
          <div class="row">
            {state.rows.length > 0 && (
              <button type="button" class="primary" onClick={() => void importRows(state.rows)}>
                {tPlural('data_liImport', state.rows.length)}
              </button>
            )}
            <button type="button" onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
