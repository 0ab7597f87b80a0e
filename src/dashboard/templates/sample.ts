// Who the template preview writes to: a made-up sample person with every field filled (so empty
// hints point at the user's own story), or one of the user's contacts.
import { dayKey, yearsSinceContact } from '../../coach/days';
import { composerContext } from '../../compose/choices';
import type { Contact, Me } from '../../model';
import { buildContext, type TemplateContext } from '../../templates/context';

export interface SamplePerson {
  fullName: string;
  company: string;
  role: string;
  howWeKnow: string;
  mutual: string;
}

export function sampleContext(me: Me, sample: SamplePerson): TemplateContext {
  return buildContext({
    person: {
      fullName: sample.fullName,
      company: sample.company,
      role: sample.role,
      headline: `${sample.role} · ${sample.company}`,
      howWeKnow: sample.howWeKnow,
      relationship: 'former-colleague',
      yearsSinceContact: 3,
      degree: 2,
    },
    mutual: { fullName: sample.mutual },
    me,
  });
}

/** The context the popup would build for this contact, asking their first mutual for intros. */
export function contactContext(contact: Contact, me: Me, now: number): TemplateContext {
  const mutual = contact.mutualNames[0];
  return composerContext(
    { person: contact, mutual: mutual ? { fullName: mutual } : null },
    me,
    yearsSinceContact(contact, dayKey(now)),
  );
}
