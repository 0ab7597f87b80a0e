import { t, uiLanguage } from '../../ui/i18n';

export interface Progress {
  done: number;
  total: number;
  cancelling: boolean;
}

/** "Importing… 23,000 of 50,000" with a bar and Cancel; a cancel rolls the whole import back. */
export function ImportProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const count = (n: number) => n.toLocaleString(uiLanguage());
  return (
    <div class="row" role="status">
      <progress aria-label={t('data_liProgress')} max={Math.max(progress.total, 1)} value={progress.done} />
      <span>{t('data_importProgress', count(progress.done), count(progress.total))}</span>
      <button type="button" onClick={onCancel} disabled={progress.cancelling}>
        {progress.cancelling ? t('data_cancelling') : t('cancel')}
      </button>
    </div>
  );
}
