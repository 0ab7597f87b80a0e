import { useState } from 'preact/hooks';
import { canonicalProfileUrl } from '../linkedin/profile-url';
import type { ContactView } from '../messages';
import type { Degree } from '../model';
import { send } from '../platform/send';
import { degreeLabel } from '../ui/format';
import { t } from '../ui/i18n';

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
      setError(e instanceof Error ? e.message : String(e));
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
      <div>
        <label for="manual-degree">{t('degree')}</label>
        <select id="manual-degree" value={degree} onChange={(e) => setDegree(e.currentTarget.value)}>
          <option value="1">{degreeLabel(1)}</option>
          <option value="2">{degreeLabel(2)}</option>
          <option value="3">{degreeLabel(3)}</option>
          <option value="">{degreeLabel(null)}</option>
        </select>
      </div>
      <div>
        <label for="manual-mutuals">{t('mutualConnections')}</label>
        <input
          id="manual-mutuals"
          type="number"
          min="0"
          value={mutuals}
          onInput={(e) => setMutuals(e.currentTarget.value)}
        />
      </div>
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
