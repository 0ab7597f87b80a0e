import { CONTACT_SOURCES, PIPELINE_STAGES, RELATIONSHIPS } from '../../model';
import { t } from '../../ui/i18n';
import { stageLabel } from '../pipeline/labels';
import type { ContactFilter, ContactSort } from './contact-filter';
import { relationshipLabel, sourceLabel } from './labels';

interface Props {
  filter: ContactFilter;
  sort: ContactSort;
  /** Called with the one filter that changed. */
  onFilter: (change: Partial<ContactFilter>) => void;
  onSort: (sort: ContactSort) => void;
}

const value = (event: Event): string => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** Search box, filters and sort order of the contact list. */
export function ContactFilters({ filter, sort, onFilter, onSort }: Props) {
  const set =
    <K extends keyof ContactFilter>(key: K) =>
    (event: Event) =>
      onFilter({ [key]: value(event) as ContactFilter[K] });

  return (
    <search class="row people-filters">
      <div>
        <label for="people-search">{t('people_search')}</label>
        <input
          id="people-search"
          type="search"
          value={filter.query}
          placeholder={t('people_searchPlaceholder')}
          onInput={set('query')}
        />
      </div>
      <div>
        <label for="people-degree">{t('people_filter_degree')}</label>
        <select id="people-degree" value={filter.degree} onChange={set('degree')}>
          <option value="any">{t('people_filter_any')}</option>
          <option value="1">{t('degree1')}</option>
          <option value="2">{t('degree2')}</option>
          <option value="3">{t('degree3')}</option>
          <option value="none">{t('degreeNone')}</option>
        </select>
      </div>
      <div>
        <label for="people-relationship">{t('people_filter_relationship')}</label>
        <select id="people-relationship" value={filter.relationship} onChange={set('relationship')}>
          <option value="any">{t('people_filter_any')}</option>
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {relationshipLabel(r)}
            </option>
          ))}
          <option value="none">{t('people_filter_noRelationship')}</option>
        </select>
      </div>
      <div>
        <label for="people-source">{t('people_filter_source')}</label>
        <select id="people-source" value={filter.source} onChange={set('source')}>
          <option value="any">{t('people_filter_any')}</option>
          {CONTACT_SOURCES.map((s) => (
            <option key={s} value={s}>
              {sourceLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="people-last">{t('people_filter_lastContacted')}</label>
        <select id="people-last" value={filter.lastContacted} onChange={set('lastContacted')}>
          <option value="any">{t('people_filter_any')}</option>
          <option value="never">{t('people_filter_never')}</option>
          <option value="over-year">{t('people_filter_overYear')}</option>
          <option value="within-30">{t('people_filter_within30')}</option>
        </select>
      </div>
      <div>
        <label for="people-stage">{t('people_filter_stage')}</label>
        <select id="people-stage" value={filter.stage} onChange={set('stage')}>
          <option value="any">{t('people_filter_any')}</option>
          {PIPELINE_STAGES.map((s) => (
            <option key={s} value={s}>
              {stageLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="people-sort">{t('people_sort')}</label>
        <select id="people-sort" value={sort} onChange={(event) => onSort(value(event) as ContactSort)}>
          <option value="name">{t('people_sort_name')}</option>
          <option value="recent">{t('people_sort_recent')}</option>
          <option value="longest-ago">{t('people_sort_longestAgo')}</option>
        </select>
      </div>
    </search>
  );
}
