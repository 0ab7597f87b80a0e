import type { UserTemplate } from '../../model';
import type { ShippedTemplate } from '../../templates/meta';
import { t, tPlural } from '../../ui/i18n';
import { ConfirmButton } from './ConfirmButton';
import { draftFromShipped, draftFromUser, duplicateUser, type TemplateDraft, userVersionOf } from './draft';
import { channelLabel, kindLabel } from './labels';

interface Props {
  shipped: ShippedTemplate[];
  templates: UserTemplate[];
  onEdit: (draft: TemplateDraft) => void;
  onDelete: (template: UserTemplate, reset: boolean) => void;
}

function Facts({ kind, channel, maxLength }: Pick<UserTemplate, 'kind' | 'channel' | 'maxLength'>) {
  return (
    <p class="muted">
      {kindLabel(kind)} · {channelLabel(channel)}
      {maxLength !== null && ` · ${tPlural('tpl_limit', maxLength)}`}
    </p>
  );
}

export function TemplateList({ shipped, templates, onEdit, onDelete }: Props) {
  const newId = () => crypto.randomUUID();
  const own = [...templates].sort((a, b) => a.title.localeCompare(b.title));
  const titleOf = (id: string | null) => shipped.find((s) => s.meta.id === id)?.meta.title ?? id ?? '';
  return (
    <div class="stack">
      <section aria-labelledby="tpl-own-h">
        <h3 id="tpl-own-h">{t('tpl_ownTitle')}</h3>
        {own.length === 0 && <p class="muted">{t('tpl_ownEmpty')}</p>}
        <ul class="tpl-list">
          {own.map((template) => (
            <li key={template.id} class="card">
              <h4 dir="auto">{template.title}</h4>
              {template.basedOn && <p>{t('tpl_replaces', titleOf(template.basedOn))}</p>}
              <Facts {...template} />
              <div class="row">
                <button type="button" onClick={() => onEdit(draftFromUser(template))}>
                  {t('tpl_edit')}
                  <span class="sr-only"> {template.title}</span>
                </button>
                <button
                  type="button"
                  onClick={() => onEdit(duplicateUser(template, newId(), t('tpl_copyOf', template.title)))}
                >
                  {t('tpl_duplicate')}
                  <span class="sr-only"> {template.title}</span>
                </button>
                {template.basedOn ? (
                  <ConfirmButton
                    label={t('tpl_reset')}
                    question={t('tpl_resetQuestion', titleOf(template.basedOn))}
                    confirm={t('tpl_resetConfirm')}
                    onConfirm={() => onDelete(template, true)}
                  />
                ) : (
                  <ConfirmButton
                    label={t('tpl_delete')}
                    question={t('tpl_deleteQuestion', template.title)}
                    confirm={t('tpl_deleteConfirm')}
                    onConfirm={() => onDelete(template, false)}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tpl-shipped-h">
        <h3 id="tpl-shipped-h">{t('tpl_shippedTitle')}</h3>
        <ul class="tpl-list">
          {shipped.map((template) => {
            const mine = userVersionOf(template.meta.id, templates);
            return (
              <li key={template.meta.id} class="card">
                <h4>{template.meta.title}</h4>
                <Facts {...template.meta} />
                <p>{template.meta.fits}</p>
                {mine && <p class="pill">{t('tpl_customized')}</p>}
                <div class="row">
                  <button
                    type="button"
                    onClick={() =>
                      onEdit(mine ? draftFromUser(mine) : draftFromShipped(template, newId(), 'customize'))
                    }
                  >
                    {mine ? t('tpl_editYours') : t('tpl_customize')}
                    <span class="sr-only"> {template.meta.title}</span>
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      onEdit(
                        draftFromShipped(template, newId(), 'copy', t('tpl_copyOf', template.meta.title)),
                      )
                    }
                  >
                    {t('tpl_duplicate')}
                    <span class="sr-only"> {template.meta.title}</span>
                  </button>
                  {mine && (
                    <ConfirmButton
                      label={t('tpl_reset')}
                      question={t('tpl_resetQuestion', template.meta.title)}
                      confirm={t('tpl_resetConfirm')}
                      onConfirm={() => onDelete(mine, true)}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
