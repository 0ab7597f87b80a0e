// "Delete everything": every store emptied in one transaction, so a failure (the worker stopped,
// the disk) leaves all of the user's data as it was, never half of it.
import type { DB } from './open';
import { STORE_NAMES } from './schema';

/** Empties every store; returns how many records there were. */
export async function deleteEverything(db: DB): Promise<number> {
  const tx = db.transaction(STORE_NAMES, 'readwrite');
  const counts = await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).count()));
  await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear()));
  await tx.done;
  return counts.reduce((sum, n) => sum + n, 0);
}
