import type { CoachLocale } from '../../coach/locale';
import { t } from '../../ui/i18n';
import { helpersFor, type ReferenceItem, variablesFor } from './variables';

interface Props {
  /** The language the template is written in: its helpers and their words. */
  language: CoachLocale;
  onInsert: (item: ReferenceItem) => void;
}

/** The variables and helpers, each a button that inserts it where the cursor was. */
export function VariableReference({ language, onInsert }: Props) {
  const list = (items: readonly ReferenceItem[]) => (
    <ul class="tpl-reference">
      {items.map((item) => (
        <li key={item.snippet}>
          <button type="button" aria-label={t('tpl_insert', item.snippet)} onClick={() => onInsert(item)}>
            <code>{item.snippet}</code>
          </button>{' '}
          <span class="muted">{t(item.describe, ...(item.params ?? []))}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="tpl-ref-h">
      <h4 id="tpl-ref-h">{t('tpl_referenceTitle')}</h4>
      <p class="muted">{t('tpl_referenceHint')}</p>
      {list(variablesFor(language))}
      <h4>{t('tpl_helpersTitle')}</h4>
      {list(helpersFor(language))}
    </section>
  );
}
