import type { TemplateChoice } from '../../compose/choices';
import { t } from '../i18n';

interface Props {
  choices: TemplateChoice[];
  choice: TemplateChoice;
  onPick: (id: string) => void;
  mutuals: string[];
  mutual: string | null;
  onMutual: (name: string | null) => void;
}

/** The message to write (the coach's picks starred) and, for an intro, the mutual to ask. */
export function TemplatePicker({ choices, choice, onPick, mutuals, mutual, onMutual }: Props) {
  return (
    <>
      <label for="template">{t('templateLabel')}</label>
      <select id="template" value={choice.id} onChange={(e) => onPick(e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.reason ? `★ ${c.title}` : c.title}
            {c.user ? ` ${t('yourVersion')}` : ''}
          </option>
        ))}
      </select>
      {choice.meta.kind === 'intro-request' && (
        <div>
          <label for="mutual">{t('askWhichMutual')}</label>
          {mutuals.length ? (
            <select id="mutual" value={mutual ?? ''} onChange={(e) => onMutual(e.currentTarget.value)}>
              {mutuals.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          ) : (
            <input
              id="mutual"
              value={mutual ?? ''}
              placeholder={t('mutualNamePlaceholder')}
              onInput={(e) => onMutual(e.currentTarget.value || null)}
            />
          )}
        </div>
      )}
    </>
  );
}
