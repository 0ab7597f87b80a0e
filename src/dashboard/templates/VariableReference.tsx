import { t } from '../../ui/i18n';
import { HELPERS, type ReferenceItem, VARIABLES } from './variables';

/** The variables and helpers, each a button that inserts it where the cursor was. */
export function VariableReference({ onInsert }: { onInsert: (item: ReferenceItem) => void }) {
  const list = (items: readonly ReferenceItem[]) => (
    <ul class="tpl-reference">
      {items.map((item) => (
        <li key={item.snippet}>
          <button type="button" aria-label={t('tpl_insert', item.snippet)} onClick={() => onInsert(item)}>
            <code>{item.snippet}</code>
          </button>{' '}
          <span class="muted">{t(item.describe)}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="tpl-ref-h">
      <h4 id="tpl-ref-h">{t('tpl_referenceTitle')}</h4>
      <p class="muted">{t('tpl_referenceHint')}</p>
      {list(VARIABLES)}
      <h4>{t('tpl_helpersTitle')}</h4>
      {list(HELPERS)}
    </section>
  );
}
