import {
  type Contact,
  type ContactEdit,
  DEGREES,
  type Degree,
  RELATIONSHIPS,
  type Relationship,
} from '../../model';
// The contact page's edit form: which fields changed. Only those are sent, because every field
// sent is marked as the user's own and page reads keep off it from then on.

export const EDITABLE = ['name', 'headline', 'company', 'role', 'howWeKnow', 'reach', 'email'] as const;
type TextField = (typeof EDITABLE)[number];

export type EditFields = Record<TextField, string> & { relationship: string; degree: string };

export function editFields(contact: Contact): EditFields {
  return {
    name: contact.name,
    headline: contact.headline ?? '',
    company: contact.company ?? '',
    role: contact.role ?? '',
    howWeKnow: contact.howWeKnow ?? '',
    reach: contact.reach ?? '',
    email: contact.email ?? '',
    relationship: contact.relationship ?? '',
    degree: contact.degree === null ? '' : String(contact.degree),
  };
}

const asRelationship = (value: string): Relationship | null =>
  (RELATIONSHIPS as readonly string[]).includes(value) ? (value as Relationship) : null;
const asDegree = (value: string): Degree | null =>
  (DEGREES as readonly number[]).includes(Number(value)) && value !== '' ? (Number(value) as Degree) : null;

/** The changed fields, or `null` when the name was emptied (a contact needs one). */
export function contactChanges(contact: Contact, fields: EditFields): ContactEdit | null {
  const name = fields.name.trim();
  if (!name) return null;
  const changes: ContactEdit = {};
  if (name !== contact.name) changes.name = name;
  for (const key of EDITABLE) {
    if (key === 'name') continue;
    const value = fields[key].trim() || null;
    if (value !== contact[key]) changes[key] = value;
  }
  const relationship = asRelationship(fields.relationship);
  if (relationship !== contact.relationship) changes.relationship = relationship;
  const degree = asDegree(fields.degree);
  if (degree !== contact.degree) changes.degree = degree;
  return changes;
}
