// fake-indexeddb/auto installs the IDB* globals idb needs; each test then swaps in an empty factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { resetDatabaseForTests } from '../../../src/db/open';

/** Each test gets an empty IndexedDB of its own and no cached connection. */
export function freshIndexedDB(): void {
  globalThis.indexedDB = new IDBFactory();
  resetDatabaseForTests();
}
