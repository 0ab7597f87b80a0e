import { useMemo, useState } from 'preact/hooks';
import { type Contact, type Opportunity, PIPELINE_STAGES, type PipelineStage } from '../../model';
import { t } from '../../ui/i18n';
import { href } from '../routes';
import { newOpportunity } from './board';
import { pickerOptions } from './contact-picker';
import { stageLabel } from './labels';

interface Props {
  contacts: Contact[];
  cards: Opportunity[];
  onAdd: (card: Opportunity) => void;
}

/** A new card: what the conversation is about and who opened the door. */
export function AddCardForm({ contacts, cards, onAdd }: Props) {
  const [title, setTitle] = useState('');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState('');
  const [stage, setStage] = useState<PipelineStage>('coffee-chat');
  const [problem, setProblem] = useState<string | null>(null);
  const options = useMemo(() => pickerOptions(contacts, query), [contacts, query]);
  const contactId = options.some((c) => c.id === picked) ? picked : (options[0]?.id ?? '');

  if (contacts.length === 0) {
    return (
      <p class="muted">
        {t('pipeline_add_noContacts')} <a href={href({ section: 'people' })}>{t('pipeline_add_toPeople')}</a>
      </p>
    );
  }

  const submit = (event: Event) => {
    event.preventDefault();
    if (!title.trim()) return setProblem(t('people_opp_titleMissing'));
    if (!contactId) return setProblem(t('pipeline_add_pickContact'));
    setProblem(null);
    onAdd(newOpportunity({ title, contactIds: [contactId], stage }, cards, Date.now()));
    setTitle('');
  };

  return (
    <form class="card stack" onSubmit={submit} noValidate aria-labelledby="pipeline-add-h">
      <h3 id="pipeline-add-h">{t('pipeline_add_title')}</h3>
      <div class="row">
        <div>
          <label for="pipeline-add-title">{t('pipeline_field_title')}</label>
          <input
            id="pipeline-add-title"
            type="text"
            maxLength={300}
            placeholder={t('pipeline_add_titlePlaceholder')}
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="pipeline-add-find">{t('pipeline_add_find')}</label>
          <input
            id="pipeline-add-find"
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="pipeline-add-contact">{t('pipeline_add_contact')}</label>
          <select
            id="pipeline-add-contact"
            value={contactId}
            onChange={(e) => setPicked(e.currentTarget.value)}
          >
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {c.company ? t('pipeline_add_option', c.name, c.company) : c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="pipeline-add-stage">{t('pipeline_add_stage')}</label>
          <select
            id="pipeline-add-stage"
            value={stage}
            onChange={(e) => setStage(e.currentTarget.value as PipelineStage)}
          >
            {PIPELINE_STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <div>
        <button type="submit" class="primary">
          {t('pipeline_add_button')}
        </button>
      </div>
    </form>
  );
}
