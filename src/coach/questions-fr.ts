// French default questions, with "vous": a coffee chat found on LinkedIn is often with a
// stranger. Worded to need no gender agreement (no "arrivé(e)"), since the bank does not
// know who it is asked of. French spacing is added by frenchSpacing.
import { frenchSpacing } from './chat-language';
import type { QuestionId, QuestionTexts } from './question-ids';

const questions: Record<QuestionId, string> = {
  'path.story': 'Quel a été votre parcours jusqu’à votre métier actuel ?',
  'path.turningPoint': 'Y a-t-il eu un déclic qui vous a donné envie de prendre cette voie ?',
  'path.background': 'Qu’est-ce qui, dans vos expériences précédentes, vous sert le plus aujourd’hui ?',
  'work.typicalWeek': 'À quoi ressemble une semaine type pour vous ?',
  'work.bestAndHardest':
    'Qu’est-ce qui vous plaît le plus dans ce travail, et qu’est-ce qui est plus difficile ?',
  'work.skills': 'Quelles qualités font vraiment la différence dans votre rôle ?',
  'work.surprise': 'Qu’est-ce qui a été une surprise pour vous au début ?',
  'industry.changes': 'Comment le secteur évolue-t-il en ce moment ?',
  'industry.culture': 'Comment décririez-vous l’ambiance de travail dans votre entreprise ?',
  'industry.wayIn': 'Comment les personnes venant d’un autre domaine trouvent-elles leur place chez vous ?',
  'advice.inMyShoes': 'À ma place, par quoi commenceriez-vous ?',
  'advice.myStory':
    'Comment mon parcours est-il perçu par quelqu’un de votre domaine, et qu’est-ce qui le rendrait plus convaincant ?',
  'advice.gaps': 'Y a-t-il une compétence ou une expérience que je devrais acquérir avant de me lancer ?',
  'advice.resources': 'Y a-t-il des événements, des groupes ou des lectures que vous me conseilleriez ?',
  'leads.whoElse': 'Selon vous, à qui d’autre devrais-je parler ?',
};

export const QUESTIONS_FR: QuestionTexts = {
  groups: {
    path: 'Son parcours',
    work: 'Le métier au quotidien',
    industry: 'Le secteur et l’entreprise',
    advice: 'Des conseils pour vous',
    leads: 'D’autres contacts',
  },
  questions: Object.fromEntries(
    Object.entries(questions).map(([id, text]) => [id, frenchSpacing(text)]),
  ) as Record<QuestionId, string>,
};
