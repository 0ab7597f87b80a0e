import { type IDBPDatabase, openDB } from 'idb';
import { DB_VERSION, MIGRATIONS } from './migrations';
import { type CoachDB, DB_NAME } from './schema';

export type DB = IDBPDatabase<CoachDB>;

let opening: Promise<DB> | null = null;

/** Opens (and upgrades) the database once per worker life; only the background calls this. */
export function openDatabase(): Promise<DB> {
  opening ??= openDB<CoachDB>(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let version = oldVersion + 1; version <= (newVersion ?? DB_VERSION); version++) {
        await MIGRATIONS[version - 1]?.(db, tx);
      }
    },
    blocking() {
      // A newer version (an updated extension) wants to upgrade: let it.
      void opening?.then((db) => db.close());
      opening = null;
    },
    terminated() {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** For tests: forget the cached connection (each test gets a fresh IDBFactory). */
export function resetDatabaseForTests(): void {
  opening = null;
}

/** Rolls a transaction back; its `done` promise then rejects, which the caller already knows. */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => {});
  try {
    tx.abort();
  } catch {
    // It had already failed or finished: nothing to roll back.
  }
}
