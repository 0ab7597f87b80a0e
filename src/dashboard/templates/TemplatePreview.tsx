import { t } from '../../ui/i18n';

interface Props {
  subject: string | null;
  /** null while the template has a syntax error and cannot be rendered. */
  body: string | null;
  maxLength: number | null;
}

/** The rendered message as plain text (never HTML) with its length against the limit. */
export function TemplatePreview({ subject, body, maxLength }: Props) {
  if (body === null) return <p class="muted">{t('tpl_previewBroken')}</p>;
  const length = body.length;
  const over = maxLength !== null && length > maxLength;
  return (
    <div class="stack">
      {subject !== null && (
        <p>
          <strong>{t('tpl_subjectLabel')}:</strong> <span class="tpl-preview-subject">{subject}</span>
        </p>
      )}
      <div class="tpl-preview">{body}</div>
      <p class={over ? 'warn' : 'muted'}>
        {maxLength === null ? t('tpl_charCount', length) : t('tpl_charCountOf', length, maxLength)}
        {over && (
          <>
            {' — '}
            <strong>{t('tpl_overBy', length - maxLength)}</strong>
          </>
        )}
      </p>
    </div>
  );
}
