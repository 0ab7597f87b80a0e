// Awkward ways people fill in "My story" and "how we know", in English: every field ending with a
// full stop, none ending with one and all starting lowercase, capitalised starts where a field sits
// mid-sentence, questions and exclamations, and fields that are only blanks. The templates must
// read well with each; tests/unit/i18n has the same in the other languages.
import { buildContext, type ContextInput, type TemplateContext } from '../../../src/templates/context';

const PERSON = { fullName: 'Camille Martin', company: 'Northwind', yearsSinceContact: 6 };
const MUTUAL = { fullName: 'Priya Raman' };
const ME = { name: 'Sam Rivera' };

const awkward = (person: ContextInput['person'], me: ContextInput['me']): TemplateContext =>
  buildContext({ person: { ...PERSON, ...person }, mutual: MUTUAL, me: { ...ME, ...me } });

export const AWKWARD_ENGLISH: Record<string, TemplateContext> = {
  STOPS: awkward(
    { role: 'UX researcher.', howWeKnow: 'We taught together at Lincoln High, 2016–2020.' },
    {
      targetRole: 'UX research.',
      targetIndustry: 'health tech.',
      story: 'After eight years teaching chemistry, I want to build tools that help teachers.',
      ask: 'I would love to hear how you moved into research.',
    },
  ),
  BARE: awkward(
    { role: 'data scientist', howWeKnow: 'we taught together at Lincoln High' },
    {
      targetRole: 'data analyst',
      targetIndustry: 'renewable energy',
      story: 'after eight years teaching chemistry I want to build tools for teachers',
      ask: 'could I ask how you moved from teaching into research',
    },
  ),
  CAPS: awkward(
    { role: 'Product designer', howWeKnow: 'We worked together at Acme,' },
    {
      targetRole: 'Product management in health tech',
      targetIndustry: 'Renewable energy',
      story: 'I taught chemistry for eight years. Now I build tools for teachers',
      ask: 'Twenty minutes of your advice would mean a lot',
    },
  ),
  QUESTION: awkward(
    { howWeKnow: 'Remember the 2019 launch? We survived it together!' },
    {
      targetRole: 'a data analyst role',
      targetIndustry: 'the energy sector',
      story: 'What do teachers and researchers share? More than you think!',
      ask: 'Could I ask how you got into research?',
    },
  ),
  BLANKS: buildContext({
    person: { fullName: '  ', company: ' ', role: ' ', howWeKnow: '   ' },
    mutual: { fullName: ' ' },
    me: { name: ' ', targetRole: '  ', targetIndustry: ' ', story: ' ', ask: '   ' },
  }),
};
