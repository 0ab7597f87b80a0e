import { shortDay, t } from '../../ui/i18n';
import type { ConnectionsPreview } from './connections-preview';

/** What the file holds, and which lines could not be read (the first few, by line number). */
export function ConnectionsPreviewList({ preview }: { preview: ConnectionsPreview }) {
  return (
    <>
      <ul>
        <li>{t('data_liCount', preview.connections)}</li>
        <li>{t('data_liWithProfile', preview.withProfile)}</li>
        <li>{preview.oldest ? t('data_liOldest', shortDay(preview.oldest)) : t('data_liNoDates')}</li>
        <li>{preview.errors === 0 ? t('data_liNoErrors') : t('data_liErrors', preview.errors)}</li>
      </ul>
      {preview.connections === 0 && <p class="warn">{t('data_liNothing')}</p>}
      {preview.firstErrors.length > 0 && (
        <div>
          <p>
            {preview.errors > preview.firstErrors.length
              ? t('data_liFirstErrors', preview.firstErrors.length)
              : t('data_liAllErrors')}
          </p>
          <ul class="warn">
            {preview.firstErrors.map((error) => (
              <li key={`${error.line}-${error.message}`}>
                {t('data_liErrorLine', error.line, error.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
