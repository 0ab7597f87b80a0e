import { useState } from 'preact/hooks';
import { errorText, type Me } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { StatusLine } from '../../ui/StatusLine';
import { useData } from '../data';
import { StoryPreview } from './StoryPreview';
import { fieldsOf, type StoryFields, storyChanges } from './story';

type Key = keyof StoryFields;

const FIELDS: { key: Key; max: number; multiline?: boolean }[] = [
  { key: 'name', max: 300 },
  { key: 'story', max: 5000, multiline: true },
  { key: 'targetRole', max: 300 },
  { key: 'targetIndustry', max: 300 },
  { key: 'companies', max: 12_000 },
  { key: 'ask', max: 2000 },
];

export function StoryForm() {
  const { data, reload } = useData();
  const [fields, setFields] = useState<StoryFields>(() => fieldsOf(data.me));
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const draft: Me = { ...data.me, ...storyChanges(fields) };

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await send('me.set', { changes: storyChanges(fields) });
      await reload();
      setStatus({ error: false, text: t('saved') });
    } catch (error) {
      setStatus({
        error: true,
        text: t('me_saveFailed', errorText(error)),
      });
    }
  };

  return (
    <div class="me-grid">
      <form class="stack" onSubmit={save} aria-labelledby="me-story-h">
        <h3 id="me-story-h">{t('me_storyTitle')}</h3>
        {FIELDS.map(({ key, max, multiline }) => {
          const props = {
            id: `me-${key}`,
            maxLength: max,
            value: fields[key],
            'aria-describedby': `me-${key}-hint`,
            onInput: (e: Event) => {
              setStatus(null);
              setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value });
            },
          };
          return (
            <div key={key}>
              <label for={`me-${key}`}>{t(`me_field_${key}`)}</label>
              {multiline ? <textarea rows={5} {...props} /> : <input class="wide" {...props} />}
              <p id={`me-${key}-hint`} class="muted">
                {t(`me_hint_${key}`)}
              </p>
            </div>
          );
        })}
        <div class="row">
          <button type="submit" class="primary">
            {t('me_save')}
          </button>
          <StatusLine status={status} inline />
        </div>
      </form>
      <StoryPreview me={draft} templates={data.templates} setting={data.settings.language} />
    </div>
  );
}
