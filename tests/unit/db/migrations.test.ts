import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../../src/db/migrations';
import { openDatabase } from '../../../src/db/open';
import { STORE_NAMES } from '../../../src/db/schema';
import { freshIndexedDB } from './fresh';

beforeEach(freshIndexedDB);

describe('schema migrations', () => {
  it('numbers one migration per version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('the current version has every store with the indexes the counts and lookups rely on', async () => {
    const db = await openDatabase();
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    const tx = db.transaction(['contacts', 'outreach']);
    expect([...tx.objectStore('contacts').indexNames].sort()).toEqual([
      'by-last-contacted',
      'by-name',
      'by-top20',
      'by-url',
    ]);
    expect([...tx.objectStore('outreach').indexNames].sort()).toEqual([
      'by-about',
      'by-channel-day',
      'by-contact',
      'by-day',
      'by-held',
    ]);
  });

  it('version 1 keeps one contact per profile URL but any number of warm contacts without one', async () => {
    const db = await openDatabase();
    const base = { name: 'A', userEdited: [], mutualNames: [] };
    await db.put('contacts', { ...base, id: '1', profileUrl: null } as never);
    await db.put('contacts', { ...base, id: '2', profileUrl: null } as never);
    await db.put('contacts', { ...base, id: '3', profileUrl: 'https://www.linkedin.com/in/a/' } as never);
    await expect(
      db.put('contacts', { ...base, id: '4', profileUrl: 'https://www.linkedin.com/in/a/' } as never),
    ).rejects.toThrow();
    expect(await db.count('contacts')).toBe(3);
  });
});
