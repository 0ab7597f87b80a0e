import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { href } from '../routes';
import { ContactChats } from './ContactChats';
import { ContactDetails } from './ContactDetails';
import { DeleteContact } from './DeleteContact';
import { EditContactForm } from './EditContactForm';
import { MergeContact } from './MergeContact';
import { NextStep } from './NextStep';
import { NotesEditor } from './NotesEditor';
import { takeNotice } from './notice';
import { QuickLog } from './QuickLog';
import { StartOpportunity } from './StartOpportunity';
import { Timeline } from './Timeline';
import './people.css';

/** One person: who they are, what was sent, what happened, and what to do next. */
export function ContactPage({ id }: { id: string }) {
  // Keyed, so moving to another person starts with fresh forms rather than the last one's input.
  return <ContactPageBody key={id} id={id} />;
}

function ContactPageBody({ id }: { id: string }) {
  const { data, reload } = useData();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    // Set after mounting, so the status region announces it (a merge brought the user here).
    setNotice(takeNotice(id));
  }, [id]);
  useEffect(() => {
    // Closing the form brings the Edit button back: keyboard focus returns to it.
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const contact = data.contacts.find((c) => c.id === id);

  if (!contact) {
    return (
      <div class="stack">
        <h2 tabIndex={-1}>{t('people_contact_missingTitle')}</h2>
        <p>{t('people_contact_missing')}</p>
        <a href={href({ section: 'people' })}>{t('people_backToPeople')}</a>
      </div>
    );
  }
  const outreachCount = data.outreach.filter((o) => o.contactId === id).length;

  return (
    <div class="stack people">
      <a href={href({ section: 'people' })}>{t('people_backToPeople')}</a>
      <h2 tabIndex={-1} dir="auto">
        {contact.name}
      </h2>
      <p role="status" class="good">
        {notice}
      </p>
      <section aria-labelledby="contact-details-h" class="card stack">
        <h3 id="contact-details-h">{t('people_contact_details')}</h3>
        {editing ? (
          <EditContactForm
            contact={contact}
            onDone={async (done) => {
              if (done) await reload();
              setMessage(done ?? '');
              setEditing(false);
            }}
          />
        ) : (
          <>
            <ContactDetails contact={contact} today={data.today.day} contacts={data.contacts} />
            <div class="row">
              <button type="button" ref={editButton} onClick={() => setEditing(true)}>
                {t('people_edit_open')}
              </button>
              <span role="status" class="good">
                {message}
              </span>
            </div>
          </>
        )}
      </section>
      <NextStep contact={contact} version={data.outreach} />
      <ContactChats contact={contact} />
      <NotesEditor contact={contact} onSaved={reload} />
      <QuickLog contact={contact} today={data.today.day} onLogged={reload} />
      <Timeline contact={contact} />
      <StartOpportunity contact={contact} />
      <MergeContact contact={contact} />
      <DeleteContact contact={contact} outreachCount={outreachCount} />
    </div>
  );
}
