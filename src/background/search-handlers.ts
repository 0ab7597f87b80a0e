// People-search pages: which results the user already knows (for the badges on the page), the
// coach's channel for each (for the popup's list), and "Add to Top 20" from a result. All from
// what the page shows; no profile is ever opened or fetched.
import { setTop20, TOP20_MAX } from '../db/collections';
import type { DB } from '../db/open';
import { getSettings } from '../db/singletons';
import { type Contact, newContact, type PageSearchResult, type SearchEntry } from '../model';
import { personView } from './person';
import type { Ports } from './ports';
import type { Handlers } from './router';

export type SearchMessage = 'page.search' | 'search.view' | 'search.addTop20';

/** The popup lists a page of results; more than this is a scroll the coach need not rank. */
const LISTED = 25;

const known = (db: DB, result: PageSearchResult) => db.getFromIndex('contacts', 'by-url', result.profileUrl);

/** A result the user does not know yet, as a contact would hold it (not stored). */
function fromResult(result: PageSearchResult, now: number): Contact {
  return newContact(
    {
      name: result.name,
      profileUrl: result.profileUrl,
      degree: result.degree ?? null,
      mutualCount: result.mutualCount,
      mutualNames: result.mutualNames,
      // A search row offers Connect to everyone not yet 1st degree; a pending invite shows on the profile.
      canConnect: result.degree !== 1,
      source: 'linkedin',
    },
    now,
  );
}

export function createSearchHandlers(ports: Ports): Pick<Handlers, SearchMessage> {
  const { db, now } = ports;
  const language = () => ports.language?.() ?? 'en';
  const entries = async (database: DB, results: PageSearchResult[]): Promise<SearchEntry[]> => {
    const settings = await getSettings(database);
    const out: SearchEntry[] = [];
    for (const result of results.slice(0, LISTED)) {
      const stored = await known(database, result);
      const view = await personView(database, stored ?? fromResult(result, now()), now(), language(), {
        settings,
      });
      out.push({
        result,
        contactId: stored?.id ?? null,
        top20: stored?.top20Rank != null,
        lastContactedOn: stored?.lastContactedOn ?? null,
        suggestion: view.suggestions?.[0] ?? null,
      });
    }
    return out;
  };
  return {
    async 'page.search'({ results }) {
      const database = await db();
      const found: { profileUrl: string; top20: boolean; lastContactedOn: string | null }[] = [];
      for (const result of results) {
        const stored = await known(database, result);
        if (stored)
          found.push({
            profileUrl: result.profileUrl,
            top20: stored.top20Rank !== null,
            lastContactedOn: stored.lastContactedOn,
          });
      }
      return { known: found };
    },
    async 'search.view'({ results }) {
      return entries(await db(), results);
    },
    async 'search.addTop20'({ result: [result] }) {
      const database = await db();
      if (!result) return [];
      let contact = await known(database, result);
      if (!contact) {
        contact = fromResult(result, now());
        await database.add('contacts', contact);
      }
      const ranked = (await database.getAllFromIndex('contacts', 'by-top20'))
        .sort((a, b) => (a.top20Rank ?? 0) - (b.top20Rank ?? 0))
        .map((c) => c.id);
      if (!ranked.includes(contact.id)) {
        if (ranked.length >= TOP20_MAX) throw new Error('Your Top 20 is full: take someone out first.');
        await setTop20(database, [...ranked, contact.id], now());
      }
      return entries(database, [result]);
    },
  };
}
