// The one builder of the recommender's input. The toolbar badge, the on-page badge, the popup,
// the side panel and the dashboard all show the suggestions the background computes from this,
// so they can never disagree about what to send whom.
import type { Contact, DayKey, Outreach, Settings } from '../model';
import { decidingOutreach, lastOutreachSummary } from './last-outreach';
import { type OtherPerson, type RecommendInput, yearsSinceContact } from './recommend';

export interface PersonFacts {
  contact: Contact;
  /** The latest message sent to them. */
  lastOutreach: Outreach | null;
  /** The latest message about them sent to a mutual (an intro request). */
  lastAbout: Outreach | null;
  /** When `lastOutreach` was about someone else (they are the mutual): that person's name. */
  aboutName: string | null;
  /** Their mutuals the user knows well: warm contacts, or someone a chat was held with. */
  closeMutuals: string[];
  /** Others at their company the user could try after 3 business days of silence. */
  sameCompany: OtherPerson[];
  /** Personalized invitation notes left this month (free account); null when not counted. */
  notesLeft: number | null;
}

const EMAIL = /\S+@\S+\.\S+/;

/** The user can write to them by email: an address stored, or one typed in "how to reach". */
export function hasEmail(contact: Pick<Contact, 'email' | 'reach'>): boolean {
  return Boolean(contact.email) || EMAIL.test(contact.reach ?? '');
}

export function recommendationInput(
  facts: PersonFacts,
  settings: Pick<Settings, 'premium' | 'followUpAfterDays' | 'secondPersonAfterDays'>,
  today: DayKey,
): RecommendInput {
  const { contact } = facts;
  const deciding = decidingOutreach(facts.lastOutreach, facts.lastAbout);
  return {
    degree: contact.degree,
    mutualNames: contact.mutualNames,
    mutualCount: contact.mutualCount,
    closeMutuals: facts.closeMutuals,
    relationship: contact.relationship,
    source: contact.source,
    yearsSinceLastContact: yearsSinceContact(contact, today),
    premium: settings.premium,
    top20: contact.top20Rank !== null,
    canConnect: contact.canConnect,
    pending: contact.invitationPending,
    hasEmail: hasEmail(contact),
    last: lastOutreachSummary(deciding.outreach, today, deciding.role, facts.aboutName),
    followUpAfterDays: settings.followUpAfterDays,
    secondPersonAfterDays: settings.secondPersonAfterDays,
    sameCompany: facts.sameCompany,
    notesLeft: facts.notesLeft,
  };
}
