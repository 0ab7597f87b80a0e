// The coach's first word on this person, whatever the message: why now, and when the right move
// is not a message — wait, let it go, try a colleague, connect without a note — what to do.
import { useState } from 'preact/hooks';
import { type ContactView, errorText, type Suggestion } from '../../model';
import { send } from '../../platform/send';
import { t } from '../i18n';

interface Props {
  person: ContactView;
  advice: Suggestion | undefined;
  /** The mutual the user picked for an intro, when not the one the coach suggested. */
  picked: string | null;
  onChanged: () => void;
}

export function CoachAdvice({ person, advice, picked, onChanged }: Props) {
  const [status, setStatus] = useState<string | null>(null);
  if (!advice) return null;
  const last = person.lastOutreach?.status === 'sent' ? person.lastOutreach : (person.lastAbout ?? null);
  const letGo = async () => {
    if (!last) return;
    try {
      await send('outreach.setStatus', { id: last.id, status: 'no-reply' });
      setStatus(t('adviceLetGoDone'));
      onChanged();
    } catch (error) {
      setStatus(errorText(error));
    }
  };
  return (
    <div class="advice" data-testid="advice">
      <p class="reason" data-testid="reason" dir="auto">
        {advice.kind === 'intro-request' && picked && picked !== advice.viaMutual
          ? t('adviceIntroPicked', picked, person.contact.name)
          : advice.reason}
      </p>
      {advice.action === 'let-go' && last && (
        <button type="button" onClick={letGo}>
          {t('adviceLetGo')}
        </button>
      )}
      {advice.action === 'second-person' && advice.other?.profileUrl && (
        <p>
          <a href={advice.other.profileUrl} target="_blank" rel="noreferrer" dir="auto">
            {t('adviceOpenProfile', advice.other.name)}
          </a>
        </p>
      )}
      {advice.needsPremium && <p class="muted">{t('adviceNeedsPremium')}</p>}
      {status && (
        <p role="status" class="muted">
          {status}
        </p>
      )}
    </div>
  );
}
