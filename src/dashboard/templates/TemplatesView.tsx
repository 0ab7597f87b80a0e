import { useMemo, useRef, useState } from 'preact/hooks';
import { errorText, type UserTemplate } from '../../model';
import { send } from '../../platform/send';
import { listShipped } from '../../templates/library';
import { t, templateLanguage } from '../../ui/i18n';
import { useData } from '../data';
import { blankDraft, draftFromShipped, type TemplateDraft } from './draft';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import './templates.css';
import { StatusLine } from '../../ui/StatusLine';

export function TemplatesView() {
  const { data, reload } = useData();
  const language = templateLanguage(data.settings.language);
  const shipped = useMemo(() => listShipped(language), [language]);
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const [startFrom, setStartFrom] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const close = (text: string | null, error = false) => {
    setDraft(null);
    setStatus(text === null ? null : { error, text });
    heading.current?.focus();
  };
  const create = () => {
    const base = shipped.find((s) => s.meta.id === startFrom);
    const id = crypto.randomUUID();
    setStatus(null);
    setDraft(base ? draftFromShipped(base, id, 'copy', t('tpl_copyOf', base.meta.title)) : blankDraft(id));
  };
  const remove = async (template: UserTemplate, reset: boolean) => {
    try {
      await send('template.delete', { id: template.id });
      await reload();
      setStatus({ error: false, text: reset ? t('tpl_resetDone') : t('tpl_deleted', template.title) });
    } catch (error) {
      setStatus({ error: true, text: errorText(error) });
    }
  };

  return (
    <section class="stack" aria-labelledby="tpl-h">
      <h2 id="tpl-h" tabIndex={-1} ref={heading}>
        {t('tpl_title')}
      </h2>
      <p class="muted">{t('tpl_intro')}</p>
      <StatusLine status={status} />
      {draft ? (
        <TemplateEditor
          key={draft.id}
          initial={draft}
          language={language}
          me={data.me}
          contacts={data.contacts}
          onCancel={() => close(null)}
          onSaved={async (saved) => {
            await reload();
            close(t('tpl_saved', saved.title));
          }}
        />
      ) : (
        <>
          <div class="row card">
            <label for="tpl-start-from">{t('tpl_startFrom')}</label>
            <select
              id="tpl-start-from"
              value={startFrom}
              onChange={(e) => setStartFrom(e.currentTarget.value)}
            >
              <option value="">{t('tpl_blank')}</option>
              {shipped.map((s) => (
                <option key={s.meta.id} value={s.meta.id}>
                  {s.meta.title}
                </option>
              ))}
            </select>
            <button type="button" id="tpl-create" class="primary" onClick={create}>
              {t('tpl_create')}
            </button>
          </div>
          <TemplateList
            shipped={shipped}
            templates={data.templates}
            onEdit={(next) => {
              setStatus(null);
              setDraft(next);
            }}
            onDelete={(template, reset) => void remove(template, reset)}
          />
        </>
      )}
    </section>
  );
}
