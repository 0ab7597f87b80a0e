// A user's data after a few weeks, typed in their language, so every part of every dashboard
// screen has something to show: warm contacts and LinkedIn ones, a history with templates, an
// intro asked through a mutual, follow-ups due, old connections to reconnect with, the Top 20,
// pipeline cards, a template of their own, a story with lessons.
import type { Channel, OutreachKind, OutreachStatus } from '../../../src/model';
import { send } from '../../../src/platform/send';
import type { UiLanguage } from '../ui/fake-browser';
import { clock } from '../ui/fake-browser';
import { LANGUAGES } from './languages';

/** The people on the screens: names, never words to translate. */
export const NAMES = [
  'Jonas Weber',
  'Mariam Haddad',
  'Chen Wei',
  'Priya Raman',
  'Tomás Ortega',
  'Lena Vogt',
  'Inès Moreau',
];

/** What the user typed, in their language. */
const TYPED: Record<UiLanguage, { howWeKnow: string; note: string; lesson: string; card: string }> = {
  en: {
    howWeKnow: 'We studied together in Leeds.',
    note: 'Met at the meetup.',
    lesson: 'People liked the teaching part of my story.',
    card: 'Role at Northwind',
  },
  de: {
    howWeKnow: 'Wir haben zusammen in Leipzig studiert.',
    note: 'Beim Treffen kennengelernt.',
    lesson: 'Der Teil über das Unterrichten kam gut an.',
    card: 'Stelle bei Northwind',
  },
  fr: {
    howWeKnow: 'Nous avons étudié ensemble à Lyon.',
    note: 'Rencontré au salon.',
    lesson: 'La partie sur l’enseignement a plu.',
    card: 'Poste chez Northwind',
  },
  es: {
    howWeKnow: 'Estudiamos juntos en Sevilla.',
    note: 'Nos conocimos en el encuentro.',
    lesson: 'Gustó la parte de la enseñanza.',
    card: 'Puesto en Northwind',
  },
};

let requests = 0;

async function logOn(
  day: string,
  contactId: string,
  options: {
    kind?: OutreachKind;
    channel?: Channel;
    templateId?: string | null;
    status?: OutreachStatus[];
    to?: { name: string; profileUrl: string | null };
    note?: string;
  } = {},
) {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const saved = clock.now;
  clock.now = new Date(y, m - 1, d, 12, 0).getTime();
  try {
    const { outreach } = await send('outreach.log', {
      requestId: `seed-${++requests}`,
      contactId,
      kind: options.kind ?? 'coffee-chat',
      channel: options.channel ?? 'linkedin-message',
      templateId: options.templateId ?? null,
      viaMutual: null,
      to: options.to ?? null,
      note: options.note,
    });
    for (const status of options.status ?? []) await send('outreach.setStatus', { id: outreach.id, status });
    return outreach;
  } finally {
    clock.now = saved;
  }
}

const warm = (
  name: string,
  fields: { howWeKnow?: string; lastContactedOn?: string; company?: string } = {},
) =>
  send('contact.create', {
    contact: {
      name,
      relationship: 'former-colleague',
      reach: null,
      howWeKnow: fields.howWeKnow ?? null,
      company: fields.company ?? null,
      role: null,
      lastContactedOn: fields.lastContactedOn ?? null,
      notes: '',
    },
  });

export async function seed(language: UiLanguage): Promise<void> {
  const typed = TYPED[language];
  const story = LANGUAGES.find((l) => l.locale === language)?.long.me;
  if (story) {
    await send('me.set', {
      changes: {
        name: story.name,
        story: story.story,
        targetRole: story.targetRole,
        targetIndustry: story.targetIndustry,
        targetCompanies: ['Northwind', 'Acme'],
        ask: story.ask,
        lessons: [{ day: '2026-11-18', contactId: null, text: typed.lesson }],
      },
    });
  }
  const { contact: jonas } = await send('profile.seen', {
    profile: {
      profileUrl: 'https://www.linkedin.com/in/jonas-weber/',
      name: 'Jonas Weber',
      headline: 'Product · Northwind',
      company: 'Northwind',
      degree: 2,
      self: false,
      mutualCount: 1,
      mutualNames: ['Priya Raman'],
      canConnect: true,
      pending: false,
      inviteNoteLimit: 300,
    },
  });
  const mariam = await warm('Mariam Haddad', { howWeKnow: typed.howWeKnow, company: 'Acme' });
  const chen = await warm('Chen Wei', { lastContactedOn: '2026-11-19' });
  const lena = await warm('Lena Vogt');
  await send('connections.import', {
    rows: [
      {
        firstName: 'Inès',
        lastName: 'Moreau',
        profileUrl: 'https://www.linkedin.com/in/ines-moreau/',
        email: null,
        company: 'Northwind',
        position: '',
        connectedOn: '2010-10-05',
      },
    ],
  });
  await logOn('2026-10-26', jonas.id, {
    templateId: 'linkedin-coffee-chat',
    status: ['replied', 'chat-held'],
    note: typed.note,
  });
  await logOn('2026-11-02', jonas.id, {
    kind: 'intro-request',
    templateId: 'intro-request',
    to: { name: 'Priya Raman', profileUrl: null },
  });
  await logOn('2026-11-05', mariam.id, { channel: 'email', status: ['replied'] });
  await logOn('2026-11-09', chen.id, { kind: 'follow-up', channel: 'phone' });
  await logOn('2026-11-19', chen.id, { channel: 'text', status: ['chat-scheduled'] });
  await logOn('2026-11-22', mariam.id, { kind: 'thank-you', channel: 'email' });
  // Asked two days ago and held today: counts of one everywhere (held today, this week, in the plan).
  const asked = await logOn('2026-11-20', lena.id, { channel: 'in-person' });
  await send('outreach.setStatus', { id: asked.id, status: 'chat-held' });
  await send('top20.set', { ids: [jonas.id, mariam.id] });
  const now = clock.now;
  await send('opportunities.save', {
    opportunities: [
      {
        id: 'card-1',
        contactIds: [jonas.id],
        title: typed.card,
        stage: 'interview',
        order: 0,
        stageHistory: [{ stage: 'interview', at: now }],
        notes: '',
        createdAt: now,
        updatedAt: now,
      },
      {
        id: 'card-2',
        contactIds: [mariam.id],
        title: 'Acme',
        stage: 'coffee-chat',
        order: 0,
        stageHistory: [{ stage: 'coffee-chat', at: now }],
        notes: '',
        createdAt: now,
        updatedAt: now,
      },
    ],
  });
  await send('template.save', {
    template: {
      id: 'mine',
      basedOn: 'linkedin-coffee-chat',
      title: 'Northwind 2027',
      kind: 'coffee-chat',
      channel: 'linkedin-message',
      subject: null,
      body: '{{person.firstName}} — {{me.ask}}',
      maxLength: 300,
      updatedAt: now,
    },
  });
}
