// Whom this message is for, when it is not the person on screen: the mutual asked for an intro.
// A link to their profile (or a search among the user's connections) for the user to click, and
// what to click there; the extension never opens or visits anything itself.
import type { MutualView } from '../../model';
import { t } from '../i18n';

export function RecipientLine({
  name,
  mutual,
  mutualsUrl,
}: {
  name: string;
  mutual: MutualView | null;
  mutualsUrl: string | null;
}) {
  const link = mutual?.profileUrl ?? null;
  return (
    <div class="recipient" data-testid="recipient">
      <p>
        <strong dir="auto">{t('recipientTo', name)}</strong> {t('recipientNotThem')}
      </p>
      <p class="muted">
        {link ? (
          <a href={link} target="_blank" rel="noreferrer">
            {t('recipientOpenProfile', name)}
          </a>
        ) : (
          <a href={mutual?.searchUrl ?? mutualsUrl ?? '#'} target="_blank" rel="noreferrer">
            {t('recipientFind', name)}
          </a>
        )}{' '}
        {t('recipientThenMessage')}
      </p>
    </div>
  );
}
