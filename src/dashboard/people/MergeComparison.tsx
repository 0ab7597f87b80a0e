import type { ComponentChildren } from 'preact';
import { dayKey } from '../../coach/days';
import type { Contact } from '../../model';
import { t } from '../../ui/i18n';
import { showDay } from './format';

export interface MergeSide {
  contact: Contact;
  /** Outreach entries logged with them. */
  entries: number;
  /** This record keeps its id (it was added first). */
  stays: boolean;
}

/** The two records side by side, with what tells them apart: address, company, history. */
export function MergeComparison({ sides, today }: { sides: [MergeSide, MergeSide]; today: string }) {
  const rows: [string, (side: MergeSide) => ComponentChildren][] = [
    [
      t('people_merge_rowProfile'),
      ({ contact }) =>
        contact.profileUrl ? (
          <a href={contact.profileUrl} target="_blank" rel="noopener noreferrer">
            {contact.profileUrl.replace('https://www.linkedin.com', '')}
          </a>
        ) : (
          t('people_merge_noProfile')
        ),
    ],
    [t('people_contact_company'), ({ contact }) => contact.company ?? t('people_notSet')],
    [t('people_contact_headline'), ({ contact }) => contact.headline ?? t('people_notSet')],
    [
      t('people_contact_lastContacted'),
      ({ contact }) =>
        contact.lastContactedOn ? showDay(contact.lastContactedOn, today) : t('people_never'),
    ],
    [t('people_merge_rowHistory'), ({ entries }) => String(entries)],
    [
      t('people_contact_top20'),
      ({ contact }) => (contact.top20Rank ? t('people_top20_rank', contact.top20Rank) : t('people_notSet')),
    ],
    [t('people_merge_rowAdded'), ({ contact }) => showDay(dayKey(contact.createdAt), today)],
    [t('people_merge_rowAfter'), ({ stays }) => (stays ? t('people_merge_stays') : t('people_merge_goes'))],
  ];
  return (
    <table class="people-merge-compare">
      <caption>{t('people_merge_compare')}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span class="sr-only">{t('people_merge_colDetail')}</span>
          </th>
          <th scope="col">{t('people_merge_colThis')}</th>
          <th scope="col">{t('people_merge_colOther')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value(sides[0])}</td>
            <td>{value(sides[1])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
