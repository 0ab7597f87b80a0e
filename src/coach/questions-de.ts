// German default questions. "Sie", because a coffee chat found on LinkedIn is often with a
// stranger; the person can still offer the "du". Phrased as one asks over coffee ("eigentlich",
// "so"), not as a questionnaire.
import type { QuestionTexts } from './question-ids';

export const QUESTIONS_DE: QuestionTexts = {
  groups: {
    path: 'Werdegang',
    work: 'Die Arbeit selbst',
    industry: 'Branche und Unternehmen',
    advice: 'Rat für dich',
    leads: 'Weitere Kontakte',
  },
  questions: {
    'path.story': 'Wie sind Sie eigentlich zu dieser Arbeit gekommen?',
    'path.turningPoint': 'Gab es einen Moment, in dem Sie wussten: Das will ich machen?',
    'path.background': 'Was aus Ihren früheren Stationen hilft Ihnen heute am meisten?',
    'work.typicalWeek': 'Wie sieht so eine ganz normale Woche bei Ihnen aus?',
    'work.bestAndHardest': 'Was macht Ihnen am meisten Spaß – und was ist eher mühsam?',
    'work.skills': 'Worauf kommt es in Ihrer Rolle wirklich an?',
    'work.surprise': 'Was hat Sie am Anfang überrascht?',
    'industry.changes': 'Was verändert sich in der Branche gerade am meisten?',
    'industry.culture': 'Wie ist die Arbeitsatmosphäre bei Ihnen im Unternehmen?',
    'industry.wayIn': 'Wie finden Leute mit einem anderen Hintergrund bei Ihnen typischerweise den Einstieg?',
    'advice.inMyShoes': 'Was würden Sie an meiner Stelle als Erstes tun?',
    'advice.myStory':
      'Wie wirkt mein Werdegang auf jemanden aus Ihrem Bereich – und was würde ihn stärker machen?',
    'advice.gaps': 'Gibt es etwas, das ich mir vor dem Wechsel noch aneignen sollte?',
    'advice.resources': 'Können Sie mir Veranstaltungen, Gruppen oder Lektüre empfehlen?',
    'leads.whoElse': 'Mit wem sollte ich Ihrer Meinung nach noch sprechen?',
  },
};
