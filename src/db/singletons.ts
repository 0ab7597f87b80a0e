// The one-of-a-kind records: the goal, the user's story, the settings. Read through their schema,
// not cast: a record written by an older version (a field it did not have yet) or damaged on
// disk comes back whole, each bad or missing field replaced by its default.
import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  EMPTY_ME,
  type Goal,
  GoalSchema,
  type Me,
  MeSchema,
  QuestionBankSchema,
  type Settings,
  SettingsSchema,
  type Singletons,
  type StoredQuestionBank,
} from '../model';
import type { DB } from './open';

interface SingletonStore {
  get(key: keyof Singletons): Promise<Singletons[keyof Singletons] | undefined>;
}

/** Each field of `raw` that its schema accepts, the default for every other. */
function fieldwise<S extends v.ObjectSchema<v.ObjectEntries, undefined>>(
  schema: S,
  defaults: v.InferOutput<S>,
  raw: unknown,
): v.InferOutput<S> {
  const merged: Record<string, unknown> = { ...defaults };
  if (typeof raw === 'object' && raw !== null) {
    for (const [key, field] of Object.entries(schema.entries)) {
      const value = (raw as Record<string, unknown>)[key];
      if (v.is(field, value)) merged[key] = value;
    }
  }
  return v.parse(schema, merged);
}

const READERS: { [K in keyof Singletons]: (raw: unknown) => Singletons[K] | null } = {
  goal: (raw) => {
    const parsed = v.safeParse(GoalSchema, raw);
    return parsed.success ? parsed.output : null;
  },
  me: (raw) => (raw === undefined ? null : fieldwise(MeSchema, EMPTY_ME, raw)),
  settings: (raw) => (raw === undefined ? null : fieldwise(SettingsSchema, DEFAULT_SETTINGS, raw)),
  questions: (raw) => {
    const parsed = v.safeParse(QuestionBankSchema, raw);
    return parsed.success ? parsed.output : null;
  },
};

/** The stored record, or null when none was ever saved (or a goal is beyond repair). */
export async function readSingleton<K extends keyof Singletons>(
  store: SingletonStore,
  key: K,
): Promise<Singletons[K] | null> {
  return READERS[key](await store.get(key));
}

export async function getSettings(db: DB): Promise<Settings> {
  return (await readSingleton(db.transaction('singletons').store, 'settings')) ?? DEFAULT_SETTINGS;
}

export async function setSettings(db: DB, changes: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('singletons', 'readwrite');
  const current = (await readSingleton(tx.store, 'settings')) ?? DEFAULT_SETTINGS;
  const next = { ...current, ...changes };
  await tx.store.put(next, 'settings');
  await tx.done;
  return next;
}

export function getGoal(db: DB): Promise<Goal | null> {
  return readSingleton(db.transaction('singletons').store, 'goal');
}

export async function setGoal(db: DB, goal: Goal): Promise<Goal> {
  await db.put('singletons', goal, 'goal');
  return goal;
}

export async function getMe(db: DB): Promise<Me> {
  return (await readSingleton(db.transaction('singletons').store, 'me')) ?? EMPTY_ME;
}

export async function setMe(db: DB, changes: Partial<Me>): Promise<Me> {
  const tx = db.transaction('singletons', 'readwrite');
  const next = { ...((await readSingleton(tx.store, 'me')) ?? EMPTY_ME), ...changes };
  await tx.store.put(next, 'me');
  await tx.done;
  return next;
}

/** The user's edited question bank, or null while the default set is used. */
export function getQuestions(db: DB): Promise<StoredQuestionBank | null> {
  return readSingleton(db.transaction('singletons').store, 'questions');
}

/** Stores the user's bank; null goes back to the default set. */
export async function setQuestions(
  db: DB,
  bank: StoredQuestionBank | null,
): Promise<StoredQuestionBank | null> {
  if (bank === null) await db.delete('singletons', 'questions');
  else await db.put('singletons', bank, 'questions');
  return bank;
}
