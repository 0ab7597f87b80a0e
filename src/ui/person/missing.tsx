import { t } from '../i18n';

/**
 * What the page reader could not find, in the user's language; the reader's own reason (English,
 * technical: which markup was missing) stays one click away for a bug report.
 */
export function missingWords(field: string, reason: string): string {
  const words = t(`missing_${field}`);
  return words === `missing_${field}` ? reason : words;
}

export function MissingField({ field, reason }: { field: string; reason: string }) {
  return (
    <>
      {missingWords(field, reason)}
      <details>
        <summary>{t('missingDetails')}</summary>
        <code>{reason}</code>
      </details>
    </>
  );
}
