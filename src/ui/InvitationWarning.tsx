import { t } from './i18n';

/** This week's invitations near or over the user's cap: a heads-up, never a block. */
export function InvitationWarning({ warning }: { warning: 'near' | 'over' | null }) {
  if (!warning) return null;
  return (
    <p class="warn">
      <strong>{t('progress_warningLabel')}</strong>{' '}
      {warning === 'over' ? t('progress_invitationsOver') : t('progress_invitationsNear')}
    </p>
  );
}
