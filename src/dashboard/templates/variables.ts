// The variables and helpers a template can use, for the editor's click-to-insert reference.
// `describe` is a locale key (tpl_var_…); `caret` is where the cursor lands inside the snippet
// (inside a block, so the user types its content straight away).

import type { CoachLocale } from '../../coach/locale';
import { joinList } from '../../templates/helpers/list';

export interface ReferenceItem {
  snippet: string;
  describe: string;
  /** The description's placeholders. */
  params?: string[];
  caret?: number;
}

const variable = (path: string): ReferenceItem => ({
  snippet: `{{${path}}}`,
  describe: `tpl_var_${path.replace('.', '_')}`,
});

const VARIABLES: readonly ReferenceItem[] = [
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

/**
 * The variables for templates written in `language`. `me.targetCompaniesText` is joined with
 * "and", so other languages get the list helper with their own word instead.
 */
export function variablesFor(language: CoachLocale): readonly ReferenceItem[] {
  return language === 'en'
    ? VARIABLES
    : VARIABLES.filter((item) => item.snippet !== '{{me.targetCompaniesText}}');
}

/** What the helpers are called and what they say, in the language the template is written in. */
const IN: Record<CoachLocale, { years: string; yearsKey: string; and: string; team: string }> = {
  en: { years: 'years', yearsKey: 'tpl_helper_years', and: 'and', team: 'your team' },
  de: { years: 'jahre', yearsKey: 'tpl_helper_jahre', and: 'und', team: 'dein Team' },
  fr: { years: 'ans', yearsKey: 'tpl_helper_ans', and: 'et', team: 'votre équipe' },
  es: { years: 'años', yearsKey: 'tpl_helper_anios', and: 'y', team: 'tu equipo' },
};

const IF_OPEN = '{{#if person.company}}';
const IF_ELSE_OPEN = '{{#if mutual}}';

export function helpersFor(language: CoachLocale): readonly ReferenceItem[] {
  const words = IN[language];
  const conjunction = language === 'en' ? '' : ` conjunction="${words.and}"`;
  return [
    { snippet: '{{sentence me.ask}}', describe: 'tpl_helper_sentence' },
    { snippet: '{{phrase me.targetRole}}', describe: 'tpl_helper_phrase' },
    { snippet: `{{${words.years} person.yearsSinceContact}}`, describe: words.yearsKey },
    { snippet: '{{firstWord person.fullName}}', describe: 'tpl_helper_firstWord' },
    {
      snippet: `{{list me.targetCompanies${conjunction}}}`,
      describe: 'tpl_helper_list',
      params: [joinList(['A', 'B', 'C'], words.and)],
    },
    { snippet: `{{default person.company "${words.team}"}}`, describe: 'tpl_helper_default' },
    { snippet: `${IF_OPEN}{{/if}}`, describe: 'tpl_helper_if', caret: IF_OPEN.length },
    { snippet: `${IF_ELSE_OPEN}{{else}}{{/if}}`, describe: 'tpl_helper_ifElse', caret: IF_ELSE_OPEN.length },
  ];
}
