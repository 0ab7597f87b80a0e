// A realistic worst case for German notes: long double-barrelled names, a long company name,
// a long German role and industry. Invitation notes must still fit their limit with it.
import { buildContext, type TemplateContext } from '../../../src/templates/context';

export const LONG_GERMAN: TemplateContext = buildContext({
  person: {
    firstName: 'Maximiliane',
    lastName: 'Schönberger-Wittelsbach',
    company: 'Deutsche Telekom IT Solutions GmbH',
    role: 'Senior Produktmanagerin Zahlungsverkehr',
    howWeKnow: 'wir haben 2015 bei der Allianz gemeinsam die Abrechnung neu gebaut',
    relationship: 'former-colleague',
    yearsSinceContact: 7,
    degree: 2,
  },
  mutual: { fullName: 'Friedrich-Wilhelm Hohenzollern-Sigmaringen' },
  me: {
    name: 'Katharina Müller-Lüdenscheidt',
    story: 'Nach acht Jahren als Chemielehrerin möchte ich Werkzeuge bauen, die Lehrkräften helfen.',
    targetRole: 'Senior Produktmanagerin',
    targetIndustry: 'Gesundheitstechnologie',
    targetCompanies: ['Siemens Healthineers', 'Doctolib'],
    ask: 'Mich interessiert besonders, wie Sie den Wechsel ins Produktmanagement geschafft haben.',
  },
});

/** The same with one year since contact: the singular of `jahre`. */
export const ONE_YEAR: TemplateContext = buildContext({
  person: { firstName: 'Jörg', yearsSinceContact: 1, company: 'Bosch' },
  me: { name: 'Ayşe Demir', targetIndustry: 'Energiewirtschaft' },
});
