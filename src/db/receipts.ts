// An import's receipt: written in the import's own transaction, so it exists exactly when the
// import committed. When the worker is stopped before it could answer, the page asks for the
// receipt and tells the user the truth: everything landed, or nothing did. Kept beside the
// logged-request records, which serve the same purpose for "Log as sent".
import type { LoggedRequest } from '../model';
import type { DB } from './open';

const key = (id: string) => `import:${id}`;

/** An import creates no single outreach; the receipt points at none. */
export const receipt = (id: string, at: number): LoggedRequest => ({
  requestId: key(id),
  outreachId: '',
  at,
});

export async function importLanded(db: DB, id: string): Promise<boolean> {
  return (await db.getKey('requests', key(id))) !== undefined;
}
