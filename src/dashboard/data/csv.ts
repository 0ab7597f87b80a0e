// The columns of the user's CSV exports. Headers in plain English like LinkedIn's own export;
// they are a file format, not UI text, so they do not change with the browser's language.
import { type CsvCell, toCsv } from '../../importers/csv-export';
import type { Contact, Outreach } from '../../model';

type Row = Record<string, CsvCell>;

export const CONTACT_COLUMNS = [
  'Name',
  'LinkedIn URL',
  'Company',
  'Role',
  'Headline',
  'Degree',
  'Mutual Connections',
  'Source',
  'Relationship',
  'How We Know Each Other',
  'Email',
  'Reach',
  'Top 20 Rank',
  'Connected On',
  'Last Contacted On',
  'Notes',
];

export const OUTREACH_COLUMNS = [
  'Day',
  'Contact',
  'LinkedIn URL',
  'Kind',
  'Channel',
  'Status',
  'Via Mutual',
  'Template',
  'Chat Held On',
  'Note',
];

export function contactRow(c: Contact): Row {
  return {
    Name: c.name,
    'LinkedIn URL': c.profileUrl,
    Company: c.company,
    Role: c.role,
    Headline: c.headline,
    Degree: c.degree,
    'Mutual Connections': c.mutualCount,
    Source: c.source,
    Relationship: c.relationship,
    'How We Know Each Other': c.howWeKnow,
    Email: c.email,
    Reach: c.reach,
    'Top 20 Rank': c.top20Rank,
    'Connected On': c.connectedOn,
    'Last Contacted On': c.lastContactedOn,
    Notes: c.notes,
  };
}

/** Oldest first, like a log; each row names its contact ("(deleted contact)" if gone). */
export function outreachRows(outreach: Outreach[], contacts: Contact[], deletedName: string): Row[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return [...outreach]
    .sort((a, b) => a.at - b.at)
    .map((o) => {
      const contact = byId.get(o.contactId);
      return {
        Day: o.day,
        Contact: contact?.name ?? deletedName,
        'LinkedIn URL': contact?.profileUrl ?? null,
        Kind: o.kind,
        Channel: o.channel,
        Status: o.status,
        'Via Mutual': o.viaMutual,
        Template: o.templateId,
        'Chat Held On': o.heldOn ?? null,
        Note: o.note,
      };
    });
}

export function contactsCsv(contacts: Contact[]): string {
  const sorted = [...contacts].sort((a, b) => a.name.localeCompare(b.name));
  return toCsv(sorted.map(contactRow), CONTACT_COLUMNS);
}

export function outreachCsv(outreach: Outreach[], contacts: Contact[], deletedName: string): string {
  return toCsv(outreachRows(outreach, contacts, deletedName), OUTREACH_COLUMNS);
}
