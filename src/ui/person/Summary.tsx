import { useEffect, useState } from 'preact/hooks';
import type { DueItem } from '../../coach/followups';
import type { Responses } from '../../messages';
import { type Contact, type ContactView, errorText } from '../../model';
import { browser } from '../../platform/browser';
import { send } from '../../platform/send';
import { t } from '../i18n';

interface Props {
  /** Open the composer for someone (a warm contact, or a due item without a LinkedIn profile). */
  onCompose: (person: ContactView) => void;
}

const MAX_ITEMS = 5;

/** Away from a profile: the next best actions, and a way to write to a warm contact. */
export function Summary({ onCompose }: Props) {
  const [due, setDue] = useState<DueItem[] | null>(null);
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [plan, setPlan] = useState<Responses['plan.get'] | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const fail = (error: unknown) => setProblem(t('summaryFailed', errorText(error)));
    send('plan.get', {}).then(setPlan, fail);
    send('due.get', {}).then(setDue, (error: unknown) => {
      setDue([]);
      fail(error);
    });
    send('contacts.list', {}).then(setContacts, fail);
  }, []);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const warm = contacts.filter((c) => c.source === 'warm').sort((a, b) => a.name.localeCompare(b.name));

  const open = async (contact: Contact) => {
    if (contact.profileUrl) {
      // The user asked to go there: a new tab on the person's profile, where the composer has the page.
      await browser.tabs.create({ url: contact.profileUrl });
      return;
    }
    const view = await send('contact.get', { id: contact.id });
    if (view) onCompose(view);
  };

  return (
    <>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {plan !== undefined && (
        <section class="card" aria-labelledby="plan-h">
          <h2 id="plan-h">{t('yourPlan')}</h2>
          {plan ? (
            <p data-testid="plan-sentence">{plan.sentence}</p>
          ) : (
            <>
              <p class="muted">{t('noGoalYet')}</p>
              <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
                {t('setAGoal')}
              </button>
            </>
          )}
        </section>
      )}
      <section class="card" aria-labelledby="next-h">
        <h2 id="next-h">{t('nextBestActions')}</h2>
        {due === null ? (
          <p class="muted">{t('loading')}</p>
        ) : due.length === 0 ? (
          <p class="muted">{t('nothingDue')}</p>
        ) : (
          <ul class="due">
            {due.slice(0, MAX_ITEMS).map((item) => {
              const contact = byId.get(item.contactId);
              if (!contact) return null;
              return (
                <li key={`${item.type}-${item.contactId}`}>
                  <button type="button" class="link-button" onClick={() => void open(contact)}>
                    {contact.name}
                  </button>
                  <span class="muted"> — {item.reason}</span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {warm.length > 0 && (
        <section class="card" aria-labelledby="warm-h">
          <h2 id="warm-h">{t('writeToWarm')}</h2>
          <label for="warm-pick">{t('warmContact')}</label>
          <select
            id="warm-pick"
            onChange={(e) => {
              const contact = byId.get(e.currentTarget.value);
              if (contact) void open(contact);
            }}
          >
            <option value="">{t('pickSomeone')}</option>
            {warm.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </section>
      )}
    </>
  );
}
