import { useEffect, useState } from 'preact/hooks';
import { type Contact, errorText, RELATIONSHIPS } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { contactChanges, type EditFields, editFields } from './contact-edit';
import { relationshipLabel } from './labels';

interface Props {
  contact: Contact;
  onDone: (message: string | null) => Promise<void> | void;
}

const TEXT_FIELDS = [
  ['name', () => t('people_contact_name')],
  ['headline', () => t('people_contact_headline')],
  ['company', () => t('people_contact_company')],
  ['role', () => t('people_contact_role')],
  ['howWeKnow', () => t('people_contact_howWeKnow')],
  ['reach', () => t('people_contact_reach')],
  ['email', () => t('people_contact_email')],
] as const;

/** Hand edits, saved with 'contact.edit' so later reads of their LinkedIn page keep off them. */
export function EditContactForm({ contact, onDone }: Props) {
  const [fields, setFields] = useState<EditFields>(() => editFields(contact));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    document.getElementById('edit-name')?.focus();
  }, []);
  const set = (key: keyof EditFields) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setFields((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const changes = contactChanges(contact, fields);
    if (!changes) {
      setProblem(t('people_warm_nameMissing'));
      document.getElementById('edit-name')?.focus();
      return;
    }
    if (Object.keys(changes).length === 0) return onDone(null);
    try {
      await send('contact.edit', { id: contact.id, changes });
      await onDone(t('people_edit_saved'));
    } catch (e) {
      setProblem(errorText(e));
    }
  };

  return (
    <form class="stack" onSubmit={submit} noValidate aria-labelledby="edit-contact-h">
      <h4 id="edit-contact-h">{t('people_edit_title')}</h4>
      <p class="muted">{t('people_edit_sticky')}</p>
      {TEXT_FIELDS.map(([key, label]) => (
        <div key={key}>
          <label for={`edit-${key}`}>{label()}</label>
          <input
            id={`edit-${key}`}
            type="text"
            autocomplete={key === 'email' ? 'email' : 'off'}
            value={fields[key]}
            onInput={set(key)}
            aria-invalid={key === 'name' && problem !== null}
            aria-describedby={key === 'name' && problem ? 'edit-problem' : undefined}
          />
        </div>
      ))}
      <div>
        <label for="edit-relationship">{t('people_contact_relationship')}</label>
        <select id="edit-relationship" value={fields.relationship} onChange={set('relationship')}>
          <option value="">{t('people_notSet')}</option>
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {relationshipLabel(r)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="edit-degree">{t('people_contact_degree')}</label>
        <select id="edit-degree" value={fields.degree} onChange={set('degree')}>
          <option value="">{t('degreeNone')}</option>
          <option value="1">{t('degree1')}</option>
          <option value="2">{t('degree2')}</option>
          <option value="3">{t('degree3')}</option>
        </select>
      </div>
      {problem && (
        <p id="edit-problem" class="error" role="alert">
          {problem}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          {t('people_edit_save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('people_cancel')}
        </button>
      </div>
    </form>
  );
}
