import { useState } from 'preact/hooks';
import { errorText } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { StatusLine } from '../../ui/StatusLine';
import { useData } from '../data';
import { contactsCsv, outreachCsv } from './csv';
import { backupFileName, csvFileName, downloadText } from './download';

export function ExportSection() {
  const { data } = useData();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  const run = async (make: () => Promise<{ text: string; name: string; type: string }>) => {
    setBusy(true);
    setStatus(null);
    try {
      const file = await make();
      downloadText(file.text, file.name, file.type);
      setStatus({ error: false, text: t('data_downloaded', file.name) });
    } catch (error) {
      setStatus({
        error: true,
        text: t('data_exportFailed', errorText(error)),
      });
    } finally {
      setBusy(false);
    }
  };
  const backup = () =>
    run(async () => ({
      text: JSON.stringify(await send('backup.export', {}), null, 2),
      name: backupFileName(Date.now()),
      type: 'application/json',
    }));
  const contacts = () =>
    run(async () => ({
      text: contactsCsv(await send('contacts.list', {})),
      name: csvFileName('contacts', Date.now()),
      type: 'text/csv;charset=utf-8',
    }));
  const outreach = () =>
    run(async () => {
      const [log, people] = await Promise.all([send('outreach.list', {}), send('contacts.list', {})]);
      return {
        text: outreachCsv(log, people, t('data_deletedContact')),
        name: csvFileName('outreach', Date.now()),
        type: 'text/csv;charset=utf-8',
      };
    });

  return (
    <section class="card stack" aria-labelledby="data-export-h">
      <h3 id="data-export-h">{t('data_exportTitle')}</h3>
      <p class="muted">{t('data_exportIntro')}</p>
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={backup}>
          {t('data_downloadBackup')}
        </button>
        <button type="button" disabled={busy} onClick={contacts}>
          {t('data_downloadContacts', data.contacts.length)}
        </button>
        <button type="button" disabled={busy} onClick={outreach}>
          {t('data_downloadOutreach', data.outreach.length)}
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  );
}
