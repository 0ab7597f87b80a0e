// The variables and helpers a template can use, for the editor's click-to-insert reference.
// `describe` is a locale key (tpl_var_…); `caret` is where the cursor lands inside the snippet
// (inside a block, so the user types its content straight away).

export interface ReferenceItem {
  snippet: string;
  describe: string;
  caret?: number;
}

const variable = (path: string): ReferenceItem => ({
  snippet: `{{${path}}}`,
  describe: `tpl_var_${path.replace('.', '_')}`,
});

export const VARIABLES: readonly ReferenceItem[] = [
  variable('person.firstName'),
  variable('person.lastName'),
  variable('person.fullName'),
  variable('person.company'),
  variable('person.role'),
  variable('person.headline'),
  variable('person.howWeKnow'),
  variable('person.relationship'),
  variable('person.yearsSinceContact'),
  variable('mutual.firstName'),
  variable('mutual.fullName'),
  variable('me.name'),
  variable('me.firstName'),
  variable('me.story'),
  variable('me.targetRole'),
  variable('me.targetIndustry'),
  variable('me.targetCompaniesText'),
  variable('me.ask'),
];

const IF_OPEN = '{{#if person.company}}';
const IF_ELSE_OPEN = '{{#if mutual}}';

export const HELPERS: readonly ReferenceItem[] = [
  { snippet: '{{sentence me.ask}}', describe: 'tpl_helper_sentence' },
  { snippet: '{{phrase me.targetRole}}', describe: 'tpl_helper_phrase' },
  { snippet: '{{years person.yearsSinceContact}}', describe: 'tpl_helper_years' },
  { snippet: '{{firstWord person.fullName}}', describe: 'tpl_helper_firstWord' },
  { snippet: '{{list me.targetCompanies}}', describe: 'tpl_helper_list' },
  { snippet: '{{default person.company "your team"}}', describe: 'tpl_helper_default' },
  { snippet: `${IF_OPEN}{{/if}}`, describe: 'tpl_helper_if', caret: IF_OPEN.length },
  { snippet: `${IF_ELSE_OPEN}{{else}}{{/if}}`, describe: 'tpl_helper_ifElse', caret: IF_ELSE_OPEN.length },
];
