// What a template can say: the person written to, the mutual who might introduce, and the user.
// Every string is present (maybe ""), so templates branch with {{#if}} instead of printing
// "undefined"; buildContext fills the gaps and derives first names and the companies sentence.
import type { Degree, Relationship } from '../model';
import { joinList } from './helpers/list';

export interface TemplatePerson {
  firstName: string;
  lastName: string;
  fullName: string;
  company: string;
  role: string;
  headline: string;
  /** A sentence in the user's words, "We worked together at Acme."; templates set it with {{sentence}}. */
  howWeKnow: string;
  relationship: Relationship | '';
  yearsSinceContact: number | null;
  degree: Degree | null;
}

export interface TemplateMutual {
  firstName: string;
  fullName: string;
}

export interface TemplateMe {
  name: string;
  firstName: string;
  /** Whole sentences; templates set it with {{sentence}}. */
  story: string;
  /** A phrase ("UX research"); templates set it mid-sentence with {{phrase}}, as targetIndustry. */
  targetRole: string;
  targetIndustry: string;
  targetCompanies: string[];
  /** "Acme, Globex and Initech". */
  targetCompaniesText: string;
  /** A whole sentence or question to the person; templates set it with {{sentence}}. */
  ask: string;
}

export interface TemplateContext {
  person: TemplatePerson;
  mutual: TemplateMutual | null;
  me: TemplateMe;
}

export interface ContextInput {
  person?: Partial<TemplatePerson>;
  mutual?: Partial<TemplateMutual> | null;
  me?: Partial<Omit<TemplateMe, 'targetCompaniesText'>>;
}

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function firstOf(fullName: string): string {
  return fullName.split(' ')[0] ?? '';
}

function buildPerson(input: Partial<TemplatePerson> = {}): TemplatePerson {
  let firstName = clean(input.firstName);
  let lastName = clean(input.lastName);
  const fullName = clean(input.fullName) || clean(`${firstName} ${lastName}`);
  if (!firstName && fullName) {
    firstName = firstOf(fullName);
    lastName ||= fullName.slice(firstName.length).trim();
  }
  return {
    firstName,
    lastName,
    fullName,
    company: clean(input.company),
    role: clean(input.role),
    headline: clean(input.headline),
    howWeKnow: clean(input.howWeKnow),
    relationship: input.relationship ?? '',
    yearsSinceContact: Number.isFinite(input.yearsSinceContact) ? (input.yearsSinceContact ?? null) : null,
    degree: input.degree ?? null,
  };
}

function buildMutual(input: Partial<TemplateMutual> | null | undefined): TemplateMutual | null {
  const fullName = clean(input?.fullName);
  const firstName = clean(input?.firstName) || firstOf(fullName);
  if (!fullName && !firstName) return null;
  return { firstName, fullName: fullName || firstName };
}

export function buildContext(input: ContextInput = {}): TemplateContext {
  const me = input.me ?? {};
  const name = clean(me.name);
  const targetCompanies = (me.targetCompanies ?? []).map(clean).filter((company) => company !== '');
  return {
    person: buildPerson(input.person),
    mutual: buildMutual(input.mutual),
    me: {
      name,
      firstName: clean(me.firstName) || firstOf(name),
      story: clean(me.story),
      targetRole: clean(me.targetRole),
      targetIndustry: clean(me.targetIndustry),
      targetCompanies,
      targetCompaniesText: joinList(targetCompanies),
      ask: clean(me.ask),
    },
  };
}
