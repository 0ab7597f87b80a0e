import { useState } from 'preact/hooks';
import type { Contact, Me } from '../../model';
import { send } from '../../platform/send';
import { t, tPlural } from '../i18n';

/** Fields of "me" and of the person that the user can fill in right here. */
const ME_FIELDS = {
  'me.name': 'name',
  'me.firstName': 'name',
  'me.targetRole': 'targetRole',
  'me.targetIndustry': 'targetIndustry',
  'me.story': 'story',
  'me.ask': 'ask',
} as const;
const PERSON_FIELDS = {
  'person.howWeKnow': 'howWeKnow',
  'person.company': 'company',
  'person.role': 'role',
} as const;

interface Props {
  gaps: { path: string; known: boolean }[];
  me: Me;
  contact: Contact;
  onMe: (me: Me) => void;
  onContact: (contact: Contact) => void;
}

/** The variables this message uses that are empty for this person: highlighted, with a way to fill each. */
export function Gaps({ gaps, me, contact, onMe, onContact }: Props) {
  const fillable = gaps.filter((g) => g.known && (g.path in ME_FIELDS || g.path in PERSON_FIELDS));
  const unknown = gaps.filter((g) => !g.known);
  if (!fillable.length && !unknown.length) return null;
  const fields = (
    <fieldset class="gaps">
      <legend class="warn">{t('gapsTitle')}</legend>
      {fillable.map((gap) => (
        <GapField
          key={gap.path}
          path={gap.path}
          me={me}
          contact={contact}
          onMe={onMe}
          onContact={onContact}
        />
      ))}
      {unknown.map((gap) => (
        <p key={gap.path} class="error">
          {t('unknownVariable', gap.path)}
        </p>
      ))}
    </fieldset>
  );
  // A new user's first drafts miss most of their story: a list of six fields would push the
  // message itself out of the popup, so more than two wait behind a disclosure.
  if (fillable.length <= 2) return fields;
  return (
    <details class="gaps-more">
      <summary class="warn">{tPlural('gapsSummary', fillable.length)}</summary>
      {fields}
    </details>
  );
}

function GapField({ path, contact, onMe, onContact }: { path: string } & Omit<Props, 'gaps'>) {
  const [value, setValue] = useState('');
  const id = `gap-${path.replace('.', '-')}`;
  const save = async () => {
    const text = value.trim();
    if (!text) return;
    if (path in ME_FIELDS) {
      const field = ME_FIELDS[path as keyof typeof ME_FIELDS];
      onMe(await send('me.set', { changes: { [field]: text } }));
    } else {
      const field = PERSON_FIELDS[path as keyof typeof PERSON_FIELDS];
      onContact(await send('contact.edit', { id: contact.id, changes: { [field]: text } }));
    }
  };
  return (
    <div class="gap">
      <label for={id}>{t(`var_${path.replace('.', '_')}`)}</label>
      <input
        id={id}
        class="wide highlight"
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && void save()}
      />
    </div>
  );
}
