import { useState } from 'preact/hooks';
import { canonicalProfileUrl } from '../../linkedin/profile-url';
import { type ContactView, type Degree, errorText } from '../../model';
import { send } from '../../platform/send';
import { t } from '../i18n';
import { DegreeFields } from './DegreeFields';

/**
 * When the page could not be read (LinkedIn changed its markup), the user can still say who this
 * is; what they type is kept as their own, so a later successful read does not overwrite it.
 */
export function ManualEntry({ url, onSaved }: { url: string; onSaved: (person: ContactView) => void }) {
  const [name, setName] = useState('');
  const [degree, setDegree] = useState('2');
  const [mutuals, setMutuals] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const profileUrl = canonicalProfileUrl(url);
  if (!profileUrl) return null;
  const save = async (event: Event) => {
    event.preventDefault();
    const count = Number(mutuals);
    if (!name.trim()) return setError(t('manualNameRequired'));
    if (!Number.isInteger(count) || count < 0) return setError(t('invalidMutualCount'));
    try {
      const seen = await send('profile.seen', {
        profile: {
          profileUrl,
          name: name.trim(),
          headline: null,
          company: null,
          degree: degree ? (Number(degree) as Degree) : null,
          self: false,
          mutualCount: count,
          mutualNames: [],
          canConnect: degree !== '1',
          pending: false,
          inviteNoteLimit: null,
        },
      });
      const contact = await send('contact.edit', {
        id: seen.contact.id,
        changes: {
          name: name.trim(),
          degree: degree ? (Number(degree) as Degree) : null,
          mutualCount: count,
        },
      });
      onSaved({ ...seen, contact });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <form class="correct card" onSubmit={save} aria-labelledby="manual-h">
      <h3 id="manual-h" class="span-2">
        {t('manualTitle')}
      </h3>
      <div class="span-2">
        <label for="manual-name">{t('manualName')}</label>
        <input
          id="manual-name"
          class="wide"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          required
        />
      </div>
      <DegreeFields
        idPrefix="manual"
        degree={degree}
        mutuals={mutuals}
        onDegree={setDegree}
        onMutuals={setMutuals}
      />
      {error && (
        <p class="error span-2" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary span-2">
        {t('manualSave')}
      </button>
    </form>
  );
}
