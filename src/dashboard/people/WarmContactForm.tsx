import { useRef, useState } from 'preact/hooks';
import { errorText, RELATIONSHIPS } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { href } from '../routes';
import { relationshipLabel } from './labels';
import { checkWarmContact, EMPTY_WARM_CONTACT, type WarmContactFields } from './warm-contact';

const PROBLEM = {
  nameMissing: () => t('people_warm_nameMissing'),
  dayInvalid: () => t('people_warm_dayInvalid'),
  dayFuture: () => t('people_warm_dayFuture'),
};

/** Friends, relatives, former colleagues, teachers: no LinkedIn profile needed. */
export function WarmContactForm() {
  const { data, reload } = useData();
  const [fields, setFields] = useState<WarmContactFields>(EMPTY_WARM_CONTACT);
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const bind = (key: keyof WarmContactFields) => ({
    id: `warm-${key}`,
    value: fields[key],
    onInput: (event: Event) => {
      const value = (event.currentTarget as HTMLInputElement).value;
      setFields((current) => ({ ...current, [key]: value }));
    },
    'aria-invalid': problem?.field === key ? true : undefined,
    'aria-describedby': problem?.field === key ? 'warm-problem' : undefined,
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkWarmContact(fields, data.today.day);
    if (!checked.ok) {
      setProblem({ field: checked.field, text: PROBLEM[checked.problem]() });
      setAdded(null);
      form.current?.querySelector<HTMLElement>(`#warm-${checked.field}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const contact = await send('contact.create', { contact: checked.contact });
      setFields(EMPTY_WARM_CONTACT);
      setProblem(null);
      setAdded({ id: contact.id, name: contact.name });
      await reload();
    } catch (e) {
      setProblem({ field: '', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="people-warm-h" class="card">
      <h3 id="people-warm-h">{t('people_warm_title')}</h3>
      <p class="muted">{t('people_warm_intro')}</p>
      <form ref={form} class="stack" onSubmit={submit} noValidate>
        <div>
          <label for="warm-name">{t('people_warm_name')}</label>
          <input type="text" required autocomplete="off" maxLength={500} {...bind('name')} />
        </div>
        <div>
          <label for="warm-relationship">{t('people_warm_relationship')}</label>
          <select {...bind('relationship')} onChange={bind('relationship').onInput}>
            {RELATIONSHIPS.map((r) => (
              <option key={r} value={r}>
                {relationshipLabel(r)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="warm-reach">{t('people_warm_reach')}</label>
          <input type="text" maxLength={500} {...bind('reach')} />
        </div>
        <div>
          <label for="warm-howWeKnow">{t('people_warm_howWeKnow')}</label>
          <input
            type="text"
            maxLength={1000}
            {...bind('howWeKnow')}
            aria-describedby={
              problem?.field === 'howWeKnow' ? 'warm-problem warm-howWeKnow-hint' : 'warm-howWeKnow-hint'
            }
          />
          <p id="warm-howWeKnow-hint" class="muted">
            {t('people_hint_howWeKnow')}
          </p>
        </div>
        <div>
          <label for="warm-company">{t('people_warm_company')}</label>
          <input type="text" maxLength={500} {...bind('company')} />
        </div>
        <div>
          <label for="warm-lastContactedOn">{t('people_warm_lastContacted')}</label>
          <input type="date" max={data.today.day} {...bind('lastContactedOn')} />
        </div>
        <div>
          <label for="warm-notes">{t('people_warm_notes')}</label>
          <textarea rows={3} maxLength={20_000} {...bind('notes')} />
        </div>
        {problem && (
          <p id="warm-problem" class="error" role="alert">
            {problem.text}
          </p>
        )}
        {added && (
          <p class="good" role="status">
            {t('people_warm_added')}{' '}
            <a href={href({ section: 'contact', id: added.id })} dir="auto">
              {added.name}
            </a>
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {t('people_warm_save')}
        </button>
      </form>
    </section>
  );
}
