import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { mergedContact, NotesTooLongError } from '../../coach/merge-contacts';
import { type Contact, errorText } from '../../model';
import { send } from '../../platform/send';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { problemText, t } from '../../ui/i18n';
import { useData } from '../data';
import { href } from '../routes';
import { MergeComparison } from './MergeComparison';
import { leaveNotice } from './notice';
import { mergeCandidates, nameKey } from './same-name';

const path = (url: string) => url.replace('https://www.linkedin.com', '');

/** "Merge with…": the same person twice (an import can list one name under two addresses) becomes one. */
export function MergeContact({ contact }: { contact: Contact }) {
  const { data, reload } = useData();
  const [picking, setPicking] = useState(false);
  const [query, setQuery] = useState('');
  const [otherId, setOtherId] = useState('');
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const openButton = useRef<HTMLButtonElement>(null);
  const findField = useRef<HTMLInputElement>(null);
  const wasPicking = useRef(false);
  useEffect(() => {
    // Opening moves focus into the picker; closing it brings focus back to the button.
    if (picking) findField.current?.focus();
    else if (wasPicking.current) openButton.current?.focus();
    wasPicking.current = picking;
  }, [picking]);

  const candidates = useMemo(
    () => mergeCandidates(data.contacts, contact, query),
    [data.contacts, contact, query],
  );
  const other = data.contacts.find((c) => c.id === otherId && c.id !== contact.id) ?? null;
  const options = other && !candidates.includes(other) ? [other, ...candidates] : candidates;
  const entries = (id: string) => data.outreach.filter((o) => o.contactId === id).length;
  if (data.contacts.length < 2) return null;

  const open = () => {
    const same = candidates.find((c) => nameKey(c.name) === nameKey(contact.name));
    setOtherId(same?.id ?? '');
    setProblem(null);
    setStatus('');
    setPicking(true);
  };
  const ask = () => {
    if (!other) return setProblem(t('people_merge_pickFirst'));
    try {
      mergedContact(contact, other, Date.now());
    } catch (e) {
      if (e instanceof NotesTooLongError) return setProblem(problemText(e));
      throw e;
    }
    setProblem(null);
    setAsking(true);
  };
  const confirm = async (partner: Contact) => {
    setAsking(false);
    try {
      const { contact: kept } = await send('contact.merge', { id: contact.id, otherId: partner.id });
      const done = t('people_merge_done', kept.name);
      if (kept.id !== contact.id) {
        // The other record was older and stays: its page shows the merged person.
        leaveNotice(kept.id, done);
        location.hash = href({ section: 'contact', id: kept.id });
      } else {
        setStatus(done);
        setPicking(false);
      }
      await reload();
    } catch (e) {
      setProblem(errorText(e));
    }
  };

  const preview = other && mergedContact(contact, other, Date.now(), { cutLongNotes: true });
  const stays = preview?.id === contact.id;
  const total = other ? entries(contact.id) + entries(other.id) : 0;
  const urls = other ? [contact.profileUrl, other.profileUrl] : [];
  const dropped = urls.find((url) => url && url !== preview?.profileUrl) ?? null;

  return (
    <section aria-labelledby="contact-merge-h" class="card stack">
      <h3 id="contact-merge-h">{t('people_merge_title')}</h3>
      <p class="muted">{t('people_merge_explain')}</p>
      {!picking ? (
        <div>
          <button type="button" id="merge-open" ref={openButton} onClick={open}>
            {t('people_merge_open', contact.name)}
          </button>
        </div>
      ) : (
        <div class="stack">
          <div class="row people-merge-pick">
            <div>
              <label for="merge-find">{t('people_merge_find')}</label>
              <input
                id="merge-find"
                ref={findField}
                type="search"
                value={query}
                onInput={(e) => setQuery(e.currentTarget.value)}
              />
            </div>
            <div>
              <label for="merge-other">{t('people_merge_pick')}</label>
              <select
                id="merge-other"
                value={other?.id ?? ''}
                onChange={(e) => {
                  setOtherId(e.currentTarget.value);
                  setProblem(null);
                }}
              >
                <option value="">{t('people_merge_choose')}</option>
                {options.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t(
                      'people_merge_option',
                      c.name,
                      [c.company, c.profileUrl ? path(c.profileUrl) : t('people_merge_noProfile')]
                        .filter(Boolean)
                        .join(' · '),
                    )}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {options.length === 0 && <p class="muted">{t('people_merge_noMatch')}</p>}
          {other && (
            <MergeComparison
              today={data.today.day}
              sides={[
                { contact, entries: entries(contact.id), stays },
                { contact: other, entries: entries(other.id), stays: !stays },
              ]}
            />
          )}
          <div class="row">
            <button type="button" class="primary" onClick={ask}>
              {t('people_merge_submit')}
            </button>
            <button type="button" onClick={() => setPicking(false)}>
              {t('people_cancel')}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <p role="status" class="good">
        {status}
      </p>
      {asking && other && preview && (
        <ConfirmDialog
          title={t('people_merge_confirmTitle', contact.name, other.name)}
          confirmLabel={t('people_merge_confirm')}
          onConfirm={() => void confirm(other)}
          onCancel={() => setAsking(false)}
        >
          <p>{t('people_merge_confirmHistory', total)}</p>
          {preview.profileUrl && (
            <p>
              {dropped
                ? t('people_merge_confirmUrls', path(preview.profileUrl), path(dropped))
                : t('people_merge_confirmUrl', path(preview.profileUrl))}
            </p>
          )}
          {preview.top20Rank !== null && <p>{t('people_merge_confirmTop20', preview.top20Rank)}</p>}
          <p>{t('people_merge_confirmFinal')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
