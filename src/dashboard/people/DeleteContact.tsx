import { useState } from 'preact/hooks';
import { type Contact, errorText } from '../../model';
import { send } from '../../platform/send';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { t, tPlural } from '../../ui/i18n';
import { useData } from '../data';
import { href } from '../routes';

/** Deletes a person after a confirmation that says what goes with them. */
export function DeleteContact({ contact, outreachCount }: { contact: Contact; outreachCount: number }) {
  const { reload } = useData();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setAsking(false);
    try {
      await send('contact.delete', { id: contact.id });
      location.hash = href({ section: 'people' });
      await reload();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section aria-labelledby="contact-delete-h" class="card stack">
      <h3 id="contact-delete-h">{t('people_delete_title')}</h3>
      <p class="muted">{t('people_delete_explain')}</p>
      <div>
        <button type="button" onClick={() => setAsking(true)}>
          {t('people_delete_button', contact.name)}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={t('people_delete_confirmTitle', contact.name)}
          confirmLabel={t('people_delete_confirm')}
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
        >
          <p>{tPlural('people_delete_confirmBody', outreachCount)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
