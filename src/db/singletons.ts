import type { Goal, Me, Settings } from '../model';
import { DEFAULT_SETTINGS, EMPTY_ME } from './defaults';
import type { DB } from './open';

export async function getSettings(db: DB): Promise<Settings> {
  const stored = (await db.get('singletons', 'settings')) as Settings | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function setSettings(db: DB, changes: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('singletons', 'readwrite');
  const current = { ...DEFAULT_SETTINGS, ...((await tx.store.get('settings')) as Settings | undefined) };
  const next = { ...current, ...changes };
  await tx.store.put(next, 'settings');
  await tx.done;
  return next;
}

export async function getGoal(db: DB): Promise<Goal | null> {
  return ((await db.get('singletons', 'goal')) as Goal | undefined) ?? null;
}

export async function setGoal(db: DB, goal: Goal): Promise<Goal> {
  await db.put('singletons', goal, 'goal');
  return goal;
}

export async function getMe(db: DB): Promise<Me> {
  return { ...EMPTY_ME, ...((await db.get('singletons', 'me')) as Me | undefined) };
}

export async function setMe(db: DB, changes: Partial<Me>): Promise<Me> {
  const tx = db.transaction('singletons', 'readwrite');
  const next = { ...EMPTY_ME, ...((await tx.store.get('me')) as Me | undefined), ...changes };
  await tx.store.put(next, 'me');
  await tx.done;
  return next;
}
