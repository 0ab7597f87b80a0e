// Every error a person can meet, in their language: the database's and the router's refusals
// (worded by the background through the browser's i18n API), a backup that cannot be read, and
// the template editor's syntax errors with their line and column.
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../ui/fake-browser')).browserModule);

import { readLocales } from '../../../build/locales';
import { createHandlers } from '../../../src/background/handlers';
import { type Handlers, route } from '../../../src/background/router';
import { TemplatesView } from '../../../src/dashboard/templates/TemplatesView';
import { openDatabase } from '../../../src/db/open';
import {
  BACKUP_PARTS,
  ContactEditSchema,
  ERRORS,
  GoalSchema,
  MeSchema,
  NewWarmContactSchema,
  OpportunitySchema,
  OutreachEditSchema,
  type Problem,
  SettingsSchema,
  UserTemplateSchema,
} from '../../../src/model';
import { send } from '../../../src/platform/send';
import { type TemplateCode, TemplateError } from '../../../src/templates/errors';
import { button, click, field, mountView, type } from '../dashboard/data/view-harness';
import { freshIndexedDB } from '../db/fresh';
import { setUiLanguage } from '../ui/fake-browser';
import { inEnglish, wordsIn } from './words';

const english = readLocales().get('en') ?? {};

const refusal = async (request: Promise<unknown>): Promise<string> => {
  try {
    await request;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

const warm = (name: string) =>
  send('contact.create', {
    contact: {
      name,
      relationship: 'friend',
      reach: null,
      howWeKnow: null,
      company: null,
      role: null,
      lastContactedOn: null,
      notes: '',
    },
  });

const log = (contactId: string, requestId = crypto.randomUUID()) =>
  send('outreach.log', {
    requestId,
    contactId,
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: null,
    viaMutual: null,
  });

describe('the words for every error code', () => {
  it('each code has English words with one placeholder per parameter, in order', () => {
    for (const [code, params] of Object.entries(ERRORS)) {
      const entry = english[`error_${code}`];
      expect(entry, code).toBeDefined();
      const used = [...new Set([...(entry?.message ?? '').matchAll(/\$P(\d)\$/g)].map((m) => Number(m[1])))];
      expect(used.sort(), code).toEqual(params.map((_, i) => i + 1));
    }
  });

  it('no words are left without a code', () => {
    const codes = new Set(Object.keys(ERRORS));
    const orphans = Object.keys(english).filter(
      (key) => key.startsWith('error_') && !codes.has(key.slice(6)),
    );
    expect(orphans).toEqual([]);
  });

  it('every field a person fills in has a name in words, and so does every part of a backup', () => {
    const typed = [
      GoalSchema,
      MeSchema,
      ContactEditSchema,
      NewWarmContactSchema,
      OutreachEditSchema,
      v.omit(UserTemplateSchema, ['id', 'basedOn', 'updatedAt']),
      v.pick(OpportunitySchema, ['title', 'stage', 'notes']),
      SettingsSchema,
    ].flatMap((schema) => Object.keys(schema.entries));
    const nameless = [...new Set(typed)].filter((key) => !english[`field_${key}`]);
    expect(nameless).toEqual([]);
    expect(BACKUP_PARTS.filter((part) => !english[`backupPart_${part}`])).toEqual([]);
  });

  it('a template error says in English what the English locale says (its message, for the composer)', () => {
    for (const code of Object.keys(ERRORS).filter((c) => c.startsWith('template')) as TemplateCode[]) {
      const params = Object.fromEntries(ERRORS[code].map((name: string) => [name, `<${name}>`]));
      const found = { code, params } as Problem<TemplateCode>;
      expect(new TemplateError(found, 2, 3).message, code).toBe(`${inEnglish(found)} at line 2, column 3`);
    }
  });

  it('the fields are named as the forms name them', () => {
    expect(english.field_deadline?.message).toBe(english.plan_fieldDeadline?.message);
    expect(english.field_targetRole?.message).toBe(english.me_field_targetRole?.message);
    expect(english.field_weeklyInvitationCap?.message).toBe(english.settings_capLabel?.message);
  });
});

describe('in German', () => {
  beforeEach(() => {
    freshIndexedDB();
    setUiLanguage('de');
  });
  afterEach(() => setUiLanguage('en'));

  it('a contact or an entry that no longer exists', async () => {
    expect(await refusal(send('contact.edit', { id: 'gone', changes: { name: 'X' } }))).toBe(
      'Diesen Kontakt gibt es nicht mehr: Vielleicht wurde er in einem anderen Tab gelöscht oder zusammengeführt.',
    );
    expect(await refusal(send('outreach.setStatus', { id: 'gone', status: 'replied' }))).toBe(
      'Dieser Eintrag steht nicht mehr in deinem Kontaktprotokoll: Vielleicht wurde er in einem anderen Tab entfernt.',
    );
    expect(await refusal(send('outreach.edit', { id: 'gone', changes: { note: 'x' } }))).toMatch(
      /^Dieser Eintrag steht nicht mehr/,
    );
  });

  it('a log for someone not saved, and a log retried after its entry was removed', async () => {
    expect(await refusal(log('nobody'))).toBe(
      'Speichere diese Person zuerst als Kontakt, bevor du eine Nachricht an sie einträgst.',
    );
    const ana = await warm('Ana');
    const once = crypto.randomUUID();
    const { outreach } = await log(ana.id, once);
    await send('outreach.undo', { id: outreach.id });
    expect(await refusal(log(ana.id, once))).toBe(
      'Dieser Eintrag wurde eingetragen und danach wieder entfernt.',
    );
  });

  it('merges refused: with itself, with someone gone, notes too long together', async () => {
    const ana = await warm('Ana');
    const anna = await warm('Anna');
    expect(await refusal(send('contact.merge', { id: ana.id, otherId: ana.id }))).toBe(
      'Ein Kontakt lässt sich nicht mit sich selbst zusammenführen.',
    );
    expect(await refusal(send('contact.merge', { id: ana.id, otherId: 'gone' }))).toMatch(
      /^Diesen Kontakt gibt es nicht mehr/,
    );
    await send('contact.edit', { id: ana.id, changes: { notes: 'a'.repeat(12_000) } });
    await send('contact.edit', { id: anna.id, changes: { notes: 'b'.repeat(12_000) } });
    expect(await refusal(send('contact.merge', { id: ana.id, otherId: anna.id }))).toBe(
      'Zusammen sind ihre Notizen länger als 20.000 Zeichen. Kürze die Notizen bei einem der beiden und führe sie dann zusammen.',
    );
  });

  it('a value a form let through is refused naming the field as the form does', async () => {
    const goal = {
      chatsTarget: 50,
      deadline: '2026-02-30',
      chatsPerWeek: 4,
      actionsPerDay: 6,
      minutesPerDay: 30,
    };
    expect(await refusal(send('goal.set', { goal }))).toBe(
      'Das Feld „Bis zu diesem Datum“ ist kein echter Kalendertag (wie 2026-03-01).',
    );
    expect(
      await refusal(send('goal.set', { goal: { ...goal, deadline: '2027-01-01', chatsTarget: 2.5 } })),
    ).toBe('Das Feld „Angestrebte Kaffeegespräche“ muss eine ganze Zahl sein.');
    expect(
      await refusal(send('goal.set', { goal: { ...goal, deadline: '2027-01-01', chatsTarget: 5000 } })),
    ).toBe('Das Feld „Angestrebte Kaffeegespräche“ darf höchstens 1.000 sein.');
    expect(await refusal(warm(' '))).toBe('Das Feld „Name“ darf nicht leer sein.');
    expect(await refusal(send('me.set', { changes: { targetRole: 'x'.repeat(301) } }))).toBe(
      'Das Feld „Zielrolle“ ist zu lang: höchstens 300 Zeichen.',
    );
    expect(await refusal(send('top20.set', { ids: Array.from({ length: 21 }, (_, i) => `c${i}`) }))).toBe(
      'Das Feld „Top 20“ hat zu viele Einträge: höchstens 20.',
    );
    expect(await refusal(send('settings.set', { changes: { language: 'it' as 'en' } }))).toBe(
      'Das Feld „Sprache der Nachrichtenvorlagen“ ist keine der angebotenen Möglichkeiten.',
    );
  });

  it('a backup that cannot be read', async () => {
    expect(await refusal(send('backup.import', { backup: { hello: 'world' } }))).toBe(
      'Diese Datei ist keine Sicherung von Coffee Chat Coach.',
    );
    expect(
      await refusal(send('backup.import', { backup: { format: 'coffee-chat-coach-backup', version: 9 } })),
    ).toBe(
      'Diese Sicherung stammt aus einer neueren Version von Coffee Chat Coach (Format 9). Aktualisiere die Erweiterung und importiere sie dann.',
    );
    expect(await refusal(send('backup.import', { backup: { format: 'coffee-chat-coach-backup' } }))).toMatch(
      /^Diese Sicherung hat keine Formatversion und lässt sich deshalb nicht sicher lesen\. .* Es wurde nichts importiert\.$/,
    );
    const exported = await send('backup.export', {});
    expect(
      await refusal(send('backup.import', { backup: { ...exported, contacts: [{ id: 'x', name: 'X' }] } })),
    ).toBe(
      'Die Sicherung ist beschädigt bei contacts.0. Das Feld „LinkedIn-Profil“ fehlt. Es wurde nichts importiert.',
    );
  });

  it('the template editor’s syntax errors keep their line and column', async () => {
    const root = await mountView(<TemplatesView />);
    await click(button(root, 'Neue Vorlage'));
    await type(field(root, '#tpl-title'), 'Notiz');
    await type(
      field<HTMLTextAreaElement>(root, '#tpl-body'),
      'Hallo {{person.firstName}},\n\n{{#if person.company}}bei',
    );
    expect(root.querySelector('#tpl-body-problems [role="alert"]')?.textContent).toBe(
      'Fehler: Zeile 3, Spalte 26: Hier wird ein schließendes {{/…}} erwartet',
    );
    await type(field<HTMLTextAreaElement>(root, '#tpl-body'), 'Hallo {{shout me.name}} {{> sig}}');
    expect(root.querySelector('#tpl-body-problems [role="alert"]')?.textContent).toBe(
      'Fehler: Zeile 1, Spalte 7: Es gibt keinen Helfer namens „shout“' +
        'Fehler: Zeile 1, Spalte 25: Partials ({{> name}}) werden nicht unterstützt',
    );
  });
});

describe('the router, whoever asks', () => {
  const SELF = { id: 'x', origin: 'chrome-extension://x/' };
  const PAGE = { id: 'x', url: 'chrome-extension://x/src/dashboard/index.html' };
  const TAB = { id: 'x', url: 'https://www.linkedin.com/in/dana/', tab: { id: 1 } };
  const handlers = createHandlers({
    db: openDatabase,
    now: () => Date.UTC(2026, 10, 22, 10),
    todayChanged() {},
    tabPerson() {},
    refresh: async () => {},
  });
  const failing = (error: unknown): Handlers => ({
    ...handlers,
    'today.get': async () => {
      throw error;
    },
  });
  const ask = (message: unknown, language: string, sender: object = PAGE, using = handlers) =>
    route(message, sender, SELF, using, () => {}, wordsIn(language));

  beforeEach(freshIndexedDB);

  it('refuses foreign senders, unknown requests and requests a page may not make, in German', async () => {
    expect(await ask({ type: 'today.get' }, 'de', { id: 'other', url: 'chrome-extension://other/' })).toEqual(
      {
        ok: false,
        error: 'Diese Anfrage kam nicht von einer Seite von Coffee Chat Coach und wurde deshalb abgelehnt.',
      },
    );
    expect(await ask({ type: 'db.drop' }, 'de')).toMatchObject({
      error: expect.stringMatching(/^Coffee Chat Coach hat diese Anfrage nicht verstanden/),
    });
    expect(await ask({ type: 'backup.export' }, 'de', TAB)).toEqual({
      ok: false,
      error: 'Diese Seite darf diese Anfrage nicht stellen, es wurde nichts geändert.',
    });
  });

  it('a full disk, a record that exists, and anything else, in German', async () => {
    const full = new DOMException('full', 'QuotaExceededError');
    expect(await ask({ type: 'today.get' }, 'de', PAGE, failing(full))).toMatchObject({
      error: expect.stringMatching(/^Der Speicher deines Browsers für diese Erweiterung ist voll/),
    });
    const exists = new DOMException('Key already exists', 'ConstraintError');
    expect(await ask({ type: 'today.get' }, 'de', PAGE, failing(exists))).toEqual({
      ok: false,
      error: 'Diesen Datensatz gibt es schon; es wurde nichts geändert.',
    });
    expect(await ask({ type: 'today.get' }, 'de', PAGE, failing(new TypeError('x is undefined')))).toEqual({
      ok: false,
      error: 'Etwas ist schiefgegangen, deshalb hat das nicht geklappt: x is undefined',
    });
  });

  it('in French, with the typography of French', async () => {
    const goal = {
      chatsTarget: 50,
      deadline: '2026-02-30',
      chatsPerWeek: 4,
      actionsPerDay: 6,
      minutesPerDay: 30,
    };
    expect(await ask({ type: 'goal.set', goal }, 'fr')).toEqual({
      ok: false,
      error: 'Le champ «\u00a0D’ici le\u00a0» n’est pas un vrai jour du calendrier (comme 2026-03-01).',
    });
    expect(await ask({ type: 'contact.merge', id: 'a', otherId: 'a' }, 'fr')).toEqual({
      ok: false,
      error: 'Un contact ne peut pas être fusionné avec lui-même.',
    });
    const full = new DOMException('full', 'QuotaExceededError');
    expect(await ask({ type: 'today.get' }, 'fr', PAGE, failing(full))).toMatchObject({
      error: expect.stringMatching(
        /^L’espace de stockage de votre navigateur pour cette extension est plein/,
      ),
    });
  });

  it('a code without words (never in a build: every language has every key) reads as its code', async () => {
    // A browser in a language the extension does not ship answers in English by itself.
    expect(await ask({ type: 'contact.merge', id: 'a', otherId: 'a' }, 'it')).toEqual({
      ok: false,
      error: 'mergeSelf',
    });
  });
});
