import type { ComponentChildren } from 'preact';
import type { Contact } from '../../model';
import { degreeLabel } from '../../ui/format';
import { t } from '../../ui/i18n';
import { href } from '../routes';
import { showDay } from './format';
import { relationshipLabel, sourceLabel } from './labels';

/** What is known about a person; fields they corrected by hand say so. */
export function ContactDetails({
  contact,
  today,
  contacts = [],
}: {
  contact: Contact;
  today: string;
  contacts?: Contact[];
}) {
  const opener = contact.suggestedBy ? contacts.find((c) => c.id === contact.suggestedBy) : undefined;
  const edited = (field: string) =>
    contact.userEdited.includes(field) ? <span class="muted"> {t('people_contact_editedMark')}</span> : null;
  const row = (label: string, value: ComponentChildren, field?: string) =>
    value === null || value === '' ? null : (
      <>
        <dt>{label}</dt>
        <dd>
          {value}
          {field && edited(field)}
        </dd>
      </>
    );
  const mutuals =
    contact.mutualCount === null
      ? null
      : [
          String(contact.mutualCount),
          contact.mutualNames.length ? ` (${contact.mutualNames.join(', ')})` : '',
        ].join('');

  return (
    <dl class="people-details">
      {row(t('people_contact_headline'), contact.headline, 'headline')}
      {row(t('people_contact_company'), contact.company, 'company')}
      {row(t('people_contact_role'), contact.role, 'role')}
      {row(t('people_contact_degree'), degreeLabel(contact.degree), 'degree')}
      {row(t('people_contact_mutuals'), mutuals, 'mutualCount')}
      {row(
        t('people_contact_relationship'),
        contact.relationship && relationshipLabel(contact.relationship),
        'relationship',
      )}
      {row(t('people_contact_howWeKnow'), contact.howWeKnow, 'howWeKnow')}
      {row(t('people_contact_reach'), contact.reach, 'reach')}
      {row(t('people_contact_email'), contact.email, 'email')}
      {row(t('people_contact_connectedOn'), contact.connectedOn && showDay(contact.connectedOn, today))}
      {row(
        t('people_contact_lastContacted'),
        contact.lastContactedOn ? showDay(contact.lastContactedOn, today) : t('people_never'),
      )}
      {row(t('people_contact_source'), sourceLabel(contact.source))}
      {opener &&
        row(
          contact.leadKind === 'introduced'
            ? t('people_contact_introducedBy')
            : t('people_contact_suggestedBy'),
          <a href={href({ section: 'contact', id: opener.id })}>{opener.name}</a>,
        )}
      {row(t('people_contact_top20'), contact.top20Rank && t('people_top20_rank', contact.top20Rank))}
      {contact.profileUrl?.startsWith('https://www.linkedin.com/') &&
        row(
          t('people_contact_linkedin'),
          <a href={contact.profileUrl} target="_blank" rel="noopener noreferrer">
            {t('people_contact_openLinkedIn')}
          </a>,
        )}
    </dl>
  );
}
