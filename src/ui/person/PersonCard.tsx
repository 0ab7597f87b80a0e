import { useState } from 'preact/hooks';
import { type ContactView, type Degree, errorText, type PageReadView } from '../../model';
import { send } from '../../platform/send';
import { degreeLabel } from '../format';
import { shortDay, t, tPlural } from '../i18n';
import { DegreeFields } from './DegreeFields';
import { missingWords } from './missing';

interface Props {
  read: PageReadView | null;
  person: ContactView;
  onChange: (person: ContactView) => void;
}

/** Who is on screen, what was detected, and a way to correct what the page got wrong. */
export function PersonCard({ read, person, onChange }: Props) {
  const { contact } = person;
  const [editing, setEditing] = useState(false);
  const edited = (field: string) => contact.userEdited.includes(field);
  return (
    <section class="person card" aria-labelledby="person-name">
      <h2 id="person-name" dir="auto">
        {contact.name}
      </h2>
      {contact.headline && (
        <p class="muted" dir="auto">
          {contact.headline}
        </p>
      )}
      <div class="facts">
        {contact.source === 'warm' ? (
          contact.relationship && (
            <span class="pill">{t(`relationship_${contact.relationship.replace('-', '_')}`)}</span>
          )
        ) : (
          <>
            <span class="pill" data-testid="degree">
              {degreeLabel(contact.degree)}
              {edited('degree') ? ` ${t('correctedMark')}` : ''}
            </span>
            <span class="pill" data-testid="mutuals">
              {tPlural('mutualCount', contact.mutualCount ?? 0)}
              {edited('mutualCount') ? ` ${t('correctedMark')}` : ''}
            </span>
          </>
        )}
        {contact.top20Rank !== null && <span class="pill">{t('top20Rank', contact.top20Rank)}</span>}
        {contact.lastContactedOn && (
          <span class="pill">{t('lastContacted', shortDay(contact.lastContactedOn))}</span>
        )}
      </div>
      {read && read.missing.length > 0 && (
        <ul class="missing muted" aria-label={t('notDetected')}>
          {read.missing.map((m) => (
            <li key={m.field} title={m.reason}>
              {missingWords(m.field, m.reason)}
            </li>
          ))}
        </ul>
      )}
      {contact.source === 'warm' ? null : editing ? (
        <CorrectionForm
          person={person}
          onDone={(next) => {
            if (next) onChange(next);
            setEditing(false);
          }}
        />
      ) : (
        <button type="button" class="link-button" onClick={() => setEditing(true)}>
          {t('correctDetection')}
        </button>
      )}
    </section>
  );
}

function CorrectionForm({
  person,
  onDone,
}: {
  person: ContactView;
  onDone: (next: ContactView | null) => void;
}) {
  const [degree, setDegree] = useState<string>(String(person.contact.degree ?? ''));
  const [mutuals, setMutuals] = useState<string>(String(person.contact.mutualCount ?? 0));
  const [error, setError] = useState<string | null>(null);
  const save = async (event: Event) => {
    event.preventDefault();
    const count = Number(mutuals);
    if (!Number.isInteger(count) || count < 0) return setError(t('invalidMutualCount'));
    try {
      const contact = await send('contact.edit', {
        id: person.contact.id,
        changes: { degree: degree ? (Number(degree) as Degree) : null, mutualCount: count },
      });
      onDone({ ...person, contact });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <form class="correct" onSubmit={save}>
      <DegreeFields
        idPrefix="fix"
        degree={degree}
        mutuals={mutuals}
        onDegree={setDegree}
        onMutuals={setMutuals}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
