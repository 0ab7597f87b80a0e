import { useId, useMemo, useState } from 'preact/hooks';
import { addToTop20, TOP20_MAX } from '../../coach/top20';
import type { Contact } from '../../model';
import { degreeLabel } from '../../ui/format';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { href } from '../routes';
import { ContactFilters } from './ContactFilters';
import {
  type ContactFilter,
  type ContactSort,
  filterContacts,
  NO_FILTER,
  paginate,
  searchText,
  sortContacts,
  stagesByContact,
} from './contact-filter';
import { showDay } from './format';
import { sameNameCounts } from './same-name';
import type { Top20State } from './useTop20';

/** Every contact, searchable and filtered, one page of 50 at a time (imports run to thousands). */
export function ContactList({ top20 }: { top20: Top20State }) {
  const { data } = useData();
  const [filter, setFilter] = useState<ContactFilter>(NO_FILTER);
  const [sort, setSort] = useState<ContactSort>('name');
  const [page, setPage] = useState(0);
  const fullId = useId();
  const today = data.today.day;

  const folded = useMemo(() => new Map(data.contacts.map((c) => [c.id, searchText(c)])), [data.contacts]);
  const stages = useMemo(() => stagesByContact(data.opportunities), [data.opportunities]);
  const sameName = useMemo(() => sameNameCounts(data.contacts), [data.contacts]);
  const names = useMemo(() => new Map(data.contacts.map((c) => [c.id, c.name])), [data.contacts]);
  const shown = useMemo(
    () => sortContacts(filterContacts(data.contacts, filter, { today, stages, folded }), sort),
    [data.contacts, filter, sort, today, stages, folded],
  );
  const current = paginate(shown, page);
  const full = top20.order.length >= TOP20_MAX;
  const rankOf = new Map(top20.order.map((id, i) => [id, i + 1]));

  const add = (contact: Contact) => {
    const result = addToTop20(top20.order, contact.id);
    if (result.ok) void top20.save(result.order, t('people_top20_added', contact.name, result.order.length));
  };
  const changeFilter = (change: Partial<ContactFilter>) => {
    setFilter((current) => ({ ...current, ...change }));
    setPage(0);
  };

  return (
    <section aria-labelledby="people-all-h" class="card stack">
      <h3 id="people-all-h">{t('people_all_title', data.contacts.length)}</h3>
      {data.contacts.length === 0 ? (
        <p>{t('people_all_empty')}</p>
      ) : (
        <>
          <ContactFilters filter={filter} sort={sort} onFilter={changeFilter} onSort={setSort} />
          {full && (
            <p id={fullId} class="warn">
              {t('people_top20_full', TOP20_MAX)}
            </p>
          )}
          <p aria-live="polite" class="muted">
            {shown.length === 0
              ? t('people_all_noMatch')
              : t('people_all_showing', current.first, current.last, current.total)}
          </p>
          {shown.length === 0 ? (
            <button type="button" onClick={() => changeFilter(NO_FILTER)}>
              {t('people_all_clearFilters')}
            </button>
          ) : (
            <table>
              <caption class="sr-only">{t('people_all_caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('people_col_name')}</th>
                  <th scope="col">{t('people_col_degree')}</th>
                  <th scope="col">{t('people_col_company')}</th>
                  <th scope="col">{t('people_col_lastContacted')}</th>
                  <th scope="col">{t('people_col_top20')}</th>
                </tr>
              </thead>
              <tbody>
                {current.items.map((c) => {
                  const rank = rankOf.get(c.id);
                  const namesakes = sameName.get(c.id);
                  return (
                    <tr key={c.id}>
                      <td class="people-name">
                        <a href={href({ section: 'contact', id: c.id })} dir="auto">
                          {c.name}
                        </a>
                        {c.suggestedBy && names.has(c.suggestedBy) && (
                          <span class="muted people-lead">
                            {' · '}
                            {c.leadKind === 'introduced'
                              ? t('people_introducedByName', names.get(c.suggestedBy) ?? '')
                              : t('people_suggestedByName', names.get(c.suggestedBy) ?? '')}
                          </span>
                        )}
                        {namesakes !== undefined && (
                          <>
                            {' '}
                            <button
                              type="button"
                              class="people-samename"
                              aria-label={t('people_sameName_show', namesakes, c.name)}
                              onClick={() => changeFilter({ ...NO_FILTER, query: c.name })}
                            >
                              {t('people_sameName', namesakes)}
                            </button>
                          </>
                        )}
                      </td>
                      <td>{degreeLabel(c.degree)}</td>
                      <td>{c.company ?? ''}</td>
                      <td>{c.lastContactedOn ? showDay(c.lastContactedOn, today) : t('people_never')}</td>
                      <td>
                        {rank !== undefined ? (
                          <span class="pill">{t('people_top20_rank', rank)}</span>
                        ) : (
                          <button
                            type="button"
                            disabled={full}
                            aria-describedby={full ? fullId : undefined}
                            aria-label={t('people_top20_addNamed', c.name)}
                            onClick={() => add(c)}
                          >
                            {t('people_top20_add')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {current.pages > 1 && (
            <nav aria-label={t('people_pages')} class="row">
              <button type="button" disabled={current.page === 0} onClick={() => setPage(current.page - 1)}>
                {t('people_pagePrev')}
              </button>
              <span>{t('people_pageOf', current.page + 1, current.pages)}</span>
              <button
                type="button"
                disabled={current.page >= current.pages - 1}
                onClick={() => setPage(current.page + 1)}
              >
                {t('people_pageNext')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
