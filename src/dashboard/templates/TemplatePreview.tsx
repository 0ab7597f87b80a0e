import type { FirstAskContext } from '../../coach/first-ask';
import { t, tPlural } from '../../ui/i18n';
import { FirstAskCheck } from './FirstAskCheck';

interface Props {
  subject: string | null;
  /** null while the template has a syntax error and cannot be rendered. */
  body: string | null;
  maxLength: number | null;
  /** For a first ask: the language it is written in and whom to, for the first-ask check. */
  firstAsk: { language: string; context: FirstAskContext } | null;
}

/** The rendered message as plain text (never HTML) with its length against the limit. */
export function TemplatePreview({ subject, body, maxLength, firstAsk }: Props) {
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
      <div class="tpl-preview" dir="auto">
        {body}
      </div>
      <p class={over ? 'warn' : 'muted'}>
        {maxLength === null ? tPlural('tpl_charCount', length) : t('tpl_charCountOf', length, maxLength)}
        {over && (
          <>
            {' — '}
            <strong>{tPlural('tpl_overBy', length - maxLength)}</strong>
          </>
        )}
      </p>
      {firstAsk && <FirstAskCheck text={body} language={firstAsk.language} context={firstAsk.context} />}
    </div>
  );
}
