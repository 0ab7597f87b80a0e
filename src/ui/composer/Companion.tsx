import { templateChoices } from '../../compose/choices';
import { renderChoice } from '../../compose/render';
import type { TemplateContext } from '../../templates/context';
import { listShipped } from '../../templates/library';
import { t } from '../i18n';

/** The message that goes with this one (an intro request's forwardable note), ready to copy. */
export function Companion({
  id,
  context,
  language,
}: {
  id: string;
  context: TemplateContext;
  language: string;
}) {
  const companion = templateChoices([], listShipped(language), []).find((c) => c.id === id);
  if (!companion) return null;
  const rendered = renderChoice(companion, context, null, language);
  if (!rendered) return null;
  return (
    <details class="companion">
      <summary>{companion.title}</summary>
      <textarea rows={6} readOnly value={rendered.body} aria-label={companion.title} />
      <button type="button" onClick={() => void navigator.clipboard.writeText(rendered.body)}>
        {t('copy')}
      </button>
    </details>
  );
}
