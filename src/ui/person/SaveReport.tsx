// From the "can't read this page" state: a sanitised skeleton of the page (structure and the
// words the readers key on; no names, no headlines, no message text) to attach to a bug report.
import { useState } from 'preact/hooks';
import { errorText } from '../../model';
import { pageReportOf } from '../../platform/tab';
import { t } from '../i18n';

export function SaveReport({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async () => {
    try {
      const report = await pageReportOf(tabId);
      if (!report) throw new Error(t('reportEmpty'));
      const url = URL.createObjectURL(new Blob([report], { type: 'text/html' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `coffee-chat-coach-page-report-${new Date().toISOString().slice(0, 10)}.html`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ ok: true, text: t('reportSaved') });
    } catch (error) {
      setStatus({ ok: false, text: t('reportFailed', errorText(error)) });
    }
  };
  return (
    <div class="card stack">
      <p class="muted">{t('reportExplain')}</p>
      <button type="button" onClick={() => void save()}>
        {t('reportSave')}
      </button>
      {status && (
        <p role="status" class={status.ok ? 'good' : 'error'}>
          {status.text}
        </p>
      )}
    </div>
  );
}
