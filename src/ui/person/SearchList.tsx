// On a people-search page: the results the page shows, each with the coach's channel for them
// and "Add to Top 20". From what the page shows; no profile is opened. Opening a person is the
// user's click on their link.
import { useEffect, useState } from 'preact/hooks';
import { errorText, type PageSearchResult, type SearchEntry } from '../../model';
import { send } from '../../platform/send';
import { degreeShort } from '../format';
import { t, tPlural } from '../i18n';

export function SearchList({ results }: { results: PageSearchResult[] }) {
  const [entries, setEntries] = useState<SearchEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    send('search.view', { results }).then(setEntries, (e: unknown) => setProblem(errorText(e)));
  }, [results.map((r) => r.profileUrl).join(' ')]);
  const add = async (result: PageSearchResult) => {
    try {
      const [updated] = await send('search.addTop20', { result: [result] });
      if (updated)
        setEntries(
          (list) => list?.map((e) => (e.result.profileUrl === result.profileUrl ? updated : e)) ?? null,
        );
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <section class="card" aria-labelledby="search-h">
      <h2 id="search-h">{t('searchTitle')}</h2>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {entries === null ? (
        <p class="muted">{t('loading')}</p>
      ) : entries.length === 0 ? (
        <p class="muted">{t('searchNone')}</p>
      ) : (
        <ul class="search-list">
          {entries.map((entry) => (
            <li key={entry.result.profileUrl}>
              <a href={entry.result.profileUrl} target="_blank" rel="noreferrer" dir="auto">
                {entry.result.name}
              </a>{' '}
              <span class="muted">
                {[
                  degreeShort(entry.result.degree ?? null),
                  entry.result.mutualCount ? tPlural('badgeMutuals', entry.result.mutualCount) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {entry.suggestion && (
                <p class="muted small" dir="auto">
                  {entry.suggestion.reason}
                </p>
              )}
              {entry.top20 ? (
                <span class="pill">{t('badgeTop20')}</span>
              ) : (
                <button type="button" class="link-button" onClick={() => void add(entry.result)}>
                  {t('searchAddTop20')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
