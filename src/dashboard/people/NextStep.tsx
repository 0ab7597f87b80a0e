// The coach's next step for this person: the same suggestion the popup and the badge show,
// computed once in the background.
import { useEffect, useState } from 'preact/hooks';
import { type Contact, errorText, type Suggestion } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';

export function NextStep({ contact, version }: { contact: Contact; version: unknown }) {
  const [advice, setAdvice] = useState<Suggestion | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('contact.get', { id: contact.id }).then(
      (view) => setAdvice(view?.suggestions?.[0] ?? null),
      (e: unknown) => setError(errorText(e)),
    );
  }, [contact.id, version]);
  if (error) return <p class="error">{error}</p>;
  if (advice === undefined) return null;
  return (
    <section aria-labelledby="contact-next-h" class="card">
      <h3 id="contact-next-h">{t('people_next_title')}</h3>
      <p data-testid="next-step" dir="auto">
        {advice ? advice.reason : t('people_next_none')}
      </p>
    </section>
  );
}
