import { useState } from 'preact/hooks';
import { type Contact, errorText, type Opportunity, type PipelineStage } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { newOpportunity } from '../pipeline/board';
import { stageLabel } from '../pipeline/labels';
import { href } from '../routes';

const STARTS: PipelineStage[] = ['coffee-chat', 'ideas'];

/** A new card for a conversation with these people, put on the board. */
export async function startCard(
  fields: { title: string; contactIds: string[]; stage: PipelineStage },
  all: Opportunity[],
): Promise<Opportunity> {
  const card = newOpportunity(fields, all, Date.now());
  await send('opportunities.save', { opportunities: [card] });
  return card;
}

/** Puts a conversation with this person on the pipeline, and lists the ones already there. */
export function StartOpportunity({ contact }: { contact: Contact }) {
  const { data, reload } = useData();
  const [title, setTitle] = useState(() => t('people_opp_defaultTitle', contact.name));
  const [stage, setStage] = useState<PipelineStage>('coffee-chat');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const mine = data.opportunities.filter((o) => o.contactIds.includes(contact.id));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!title.trim()) {
      setStatus({ ok: false, text: t('people_opp_titleMissing') });
      return;
    }
    try {
      const card = await startCard({ title, contactIds: [contact.id], stage }, data.opportunities);
      setStatus({ ok: true, text: t('people_opp_started', card.title, stageLabel(stage)) });
      await reload();
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  return (
    <section aria-labelledby="contact-opp-h" class="card stack">
      <h3 id="contact-opp-h">{t('people_opp_title')}</h3>
      {mine.length > 0 && (
        <ul>
          {mine.map((o) => (
            <li key={o.id}>{t('people_opp_onBoard', o.title, stageLabel(o.stage))}</li>
          ))}
        </ul>
      )}
      <form class="stack" onSubmit={submit} noValidate>
        <div>
          <label for="opp-title">{t('people_opp_name')}</label>
          <input
            id="opp-title"
            type="text"
            maxLength={300}
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <fieldset>
          <legend>{t('people_opp_stage')}</legend>
          {STARTS.map((s) => (
            <label key={s} class="row">
              <input
                type="radio"
                name="opp-stage"
                value={s}
                checked={stage === s}
                onChange={() => setStage(s)}
              />
              {stageLabel(s)}
            </label>
          ))}
        </fieldset>
        <div class="row">
          <button type="submit" class="primary">
            {t('people_opp_start')}
          </button>
          <span role="status" class={status?.ok === false ? 'error' : 'good'}>
            {status?.text ?? ''}
          </span>
          {status?.ok && <a href={href({ section: 'pipeline' })}>{t('people_opp_openPipeline')}</a>}
        </div>
      </form>
    </section>
  );
}
