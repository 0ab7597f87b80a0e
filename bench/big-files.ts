// Files as large as a long job search makes them, for the bench and the real-browser tests: a
// backup of 50,000 entries (~12 MB) and a Connections.csv of 100,000 rows. Invented people,
// deterministic, and built in Node so the browser spends its time only on importing them.
import { BACKUP_FORMAT, BACKUP_VERSION } from '../src/model';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1, 9);
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const kinds = ['coffee-chat', 'reconnect', 'follow-up', 'intro-request', 'thank-you'] as const;
const channels = ['linkedin-message', 'email', 'inmail', 'invitation', 'text'] as const;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

export interface BigBackupShape {
  contacts: number;
  outreach: number;
  opportunities: number;
  templates: number;
}

/** 50,000 entries (~12 MB): about four outreach entries a person, a pipeline and own templates. */
export const BACKUP_50K: BigBackupShape = {
  contacts: 8_000,
  outreach: 41_000,
  opportunities: 800,
  templates: 200,
};

export function bigBackup(shape: BigBackupShape = BACKUP_50K, prefix = 'b') {
  const contacts = Array.from({ length: shape.contacts }, (_, i) => {
    const at = T0 + (i % 700) * DAY;
    return {
      id: `${prefix}-c-${i}`,
      name: `Person ${i} Example`,
      profileUrl: i % 10 === 9 ? null : `https://www.linkedin.com/in/${prefix}-person-${i}/`,
      headline: `Engineer at Company ${i % 300}`,
      company: `Company ${i % 300}`,
      role: 'Engineer',
      degree: ((i % 3) + 1) as 1 | 2 | 3,
      mutualCount: i % 40,
      mutualNames: i % 4 === 0 ? ['Ada Mutual', 'Bo Mutual'] : [],
      source: i % 10 === 9 ? ('warm' as const) : ('linkedin' as const),
      relationship: i % 10 === 9 ? ('friend' as const) : null,
      howWeKnow: i % 10 === 9 ? 'We studied together' : null,
      reach: null,
      email: i % 5 === 0 ? `person${i}@example.com` : null,
      top20Rank: null,
      connectedOn: isoDay(at - 400 * DAY),
      lastContactedOn: isoDay(at),
      notes: i % 3 === 0 ? 'Met at the meetup.' : '',
      userEdited: [],
      createdAt: at,
      updatedAt: at,
    };
  });
  const outreach = Array.from({ length: shape.outreach }, (_, i) => {
    const at = T0 + (i % 700) * DAY + (i % 600) * 60_000;
    const day = isoDay(at);
    const held = i % 9 === 0;
    return {
      id: `${prefix}-o-${i}`,
      contactId: `${prefix}-c-${i % shape.contacts}`,
      kind: kinds[i % kinds.length] as (typeof kinds)[number],
      channel: channels[i % channels.length] as (typeof channels)[number],
      templateId: i % 8 ? null : 'linkedin-coffee-chat',
      viaMutual: null,
      at,
      day,
      status: held ? ('chat-held' as const) : ('sent' as const),
      history: held
        ? [
            { status: 'sent' as const, at, day },
            { status: 'chat-held' as const, at: at + 3 * DAY, day: isoDay(at + 3 * DAY) },
          ]
        : [{ status: 'sent' as const, at, day }],
      // Entries written before these fields existed have neither (the schema fills them in).
      ...(i % 2
        ? {}
        : { heldOn: held ? isoDay(at + 3 * DAY) : null, degreeAtSend: ((i % 3) + 1) as 1 | 2 | 3 }),
      note: i % 8 === 0 ? 'Asked about product.' : '',
    };
  });
  const opportunities = Array.from({ length: shape.opportunities }, (_, i) => ({
    id: `${prefix}-p-${i}`,
    contactIds: [`${prefix}-c-${i}`],
    title: `Conversation ${i} about a product role`,
    stage: 'coffee-chat' as const,
    order: i,
    stageHistory: [{ stage: 'coffee-chat' as const, at: T0 + i * DAY }],
    notes: '',
    createdAt: T0 + i * DAY,
    updatedAt: T0 + i * DAY,
  }));
  const templates = Array.from({ length: shape.templates }, (_, i) => ({
    id: `${prefix}-t-${i}`,
    basedOn: null,
    title: `My template ${i}`,
    kind: 'coffee-chat' as const,
    channel: 'linkedin-message' as const,
    subject: null,
    body: `Hi {{firstName}}, I am moving from research into product and would value 20 minutes of your time (${i}).`,
    maxLength: null,
    updatedAt: T0 + i * DAY,
  }));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(T0 + 800 * DAY).toISOString(),
    contacts,
    outreach,
    opportunities,
    templates,
    goal: null,
    me: null,
    settings: null,
  };
}

export const entriesOf = (shape: BigBackupShape) =>
  shape.contacts + shape.outreach + shape.opportunities + shape.templates;

/** LinkedIn's Connections.csv with its notes preamble, `rows` connections. */
export function connectionsCsv(rows: number, prefix = 'person'): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Person${i},"Lastname, ${i}",https://www.linkedin.com/in/${prefix}-${i}-bench,,"Company ${i % 300}, Inc.",Engineer,${(i % 28) + 1} ${months[i % 12]} ${2010 + (i % 16)}`,
    );
  }
  return lines.join('\r\n');
}
