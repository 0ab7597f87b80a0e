import { useMemo, useState } from 'preact/hooks';
import type { Me, UserTemplate } from '../../model';
import { listShipped, renderShipped } from '../../templates/library';
import { renderTemplate } from '../../templates/render';
import { t } from '../../ui/i18n';
import { userVersionOf } from '../templates/draft';
import { samplePerson } from '../templates/labels';
import { sampleContext } from '../templates/sample';

const DEFAULT_TEMPLATE = 'linkedin-coffee-chat';

/** How the story reads inside a real message, as the popup would draft it (the user's version wins). */
export function StoryPreview({ me, templates }: { me: Me; templates: UserTemplate[] }) {
  const shipped = useMemo(() => listShipped(), []);
  const [id, setId] = useState(DEFAULT_TEMPLATE);
  const sample = samplePerson();
  const text = useMemo(() => {
    const context = sampleContext(me, sample);
    const own = userVersionOf(id, templates);
    try {
      return own ? renderTemplate(own.body, context) : renderShipped(id, context).body;
    } catch {
      return null;
    }
  }, [me, id, templates, sample.fullName]);
  return (
    <section class="card stack" aria-labelledby="me-preview-h">
      <h3 id="me-preview-h">{t('me_previewTitle')}</h3>
      <div>
        <label for="me-preview-template">{t('me_previewTemplate')}</label>
        <select id="me-preview-template" value={id} onChange={(e) => setId(e.currentTarget.value)}>
          {shipped.map((s) => (
            <option key={s.meta.id} value={s.meta.id}>
              {s.meta.title}
            </option>
          ))}
        </select>
      </div>
      <p class="muted">{t('me_previewTo', sample.fullName, sample.role, sample.company)}</p>
      {text === null ? (
        <p class="error">{t('me_previewBroken')}</p>
      ) : (
        <div class="me-preview" aria-live="polite">
          {text}
        </div>
      )}
    </section>
  );
}
