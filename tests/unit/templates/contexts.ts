// Render contexts the differential and library tests share: realistic, empty, long, hostile, and
// awkward story inputs (awkward.ts).
import { buildContext, type TemplateContext } from '../../../src/templates/context';
import { AWKWARD_ENGLISH } from './awkward';

export const FULL: TemplateContext = buildContext({
  person: {
    fullName: 'Alexandra Konstantinidou',
    company: 'Deutsche Telekom IT Solutions',
    role: 'Senior Product Manager',
    headline: 'Product at Deutsche Telekom | Payments, identity',
    howWeKnow: 'we shipped the billing rewrite together at Initech',
    relationship: 'former-colleague',
    yearsSinceContact: 6,
    degree: 2,
  },
  mutual: { fullName: 'Bartholomew Okonkwo-Smith' },
  me: {
    name: 'Samantha Rivera-Whitfield',
    story: 'After eight years teaching chemistry, I want to build tools that help teachers.',
    targetRole: 'senior product manager',
    targetIndustry: 'healthcare technology',
    targetCompanies: ['Duolingo', 'Khan Academy', 'Coursera'],
    ask: "I'd love to hear how you made the jump into product.",
  },
});

export const EMPTY: TemplateContext = buildContext({});

const long = (seed: string) => `${seed} `.repeat(Math.ceil(2000 / (seed.length + 1))).slice(0, 2000);

export const LONG: TemplateContext = buildContext({
  person: {
    firstName: long('Maximiliana'),
    lastName: long('Wolfeschlegel'),
    company: long('Globex'),
    role: long('Lead'),
  },
  mutual: { fullName: long('Mutual') },
  me: {
    name: long('Sam'),
    story: long('Story.'),
    targetRole: long('PM'),
    targetCompanies: [long('Acme'), long('Initech')],
    ask: long('Ask?'),
  },
});

export const HOSTILE: TemplateContext = buildContext({
  person: {
    firstName: '<img src=x onerror=alert(1)>',
    lastName: '{{me.name}}',
    company: 'AT&T',
    role: '"quoted" & \'single\' <b>bold</b>',
    howWeKnow: '{{#each person}}{{/each}} \\{{x}}',
    yearsSinceContact: 0,
    degree: null,
  },
  mutual: { fullName: '{{x}} Smith' },
  me: {
    name: 'Zoë 👩🏽‍💻 Müller',
    targetRole: 'مدير المنتج',
    targetIndustry: 'עברית fintech',
    targetCompanies: ['AT&T', '<script>'],
  },
});

export const NUMBERS: TemplateContext = buildContext({
  person: { firstName: 'Ana', yearsSinceContact: 1, degree: 1 },
  me: { name: 'Sam', targetCompanies: [] },
});

export const ALL_CONTEXTS: Record<string, TemplateContext> = {
  FULL,
  EMPTY,
  LONG,
  HOSTILE,
  NUMBERS,
  ...Object.fromEntries(
    Object.entries(AWKWARD_ENGLISH).map(([name, context]) => [`AWKWARD_${name}`, context]),
  ),
};
