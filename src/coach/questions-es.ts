// Spanish default questions, with "usted": a coffee chat found on LinkedIn is often with a
// stranger. Neutral Spanish (no "vosotros", no regionalisms), understood from Madrid to Lima.
import type { QuestionTexts } from './question-ids';

export const QUESTIONS_ES: QuestionTexts = {
  groups: {
    path: 'Trayectoria',
    work: 'El trabajo en sí',
    industry: 'El sector y la empresa',
    advice: 'Consejos para ti',
    leads: 'Otros contactos',
  },
  questions: {
    'path.story': '¿Cómo llegó a dedicarse a esto?',
    'path.turningPoint': '¿Hubo algún momento en que pensó «esto es lo mío»?',
    'path.background': '¿Qué de su experiencia anterior le ha servido más en este trabajo?',
    'work.typicalWeek': '¿Cómo es una semana normal para usted?',
    'work.bestAndHardest': '¿Qué es lo que más le gusta de su trabajo, y qué es lo más difícil?',
    'work.skills': '¿Qué habilidades marcan de verdad la diferencia en su puesto?',
    'work.surprise': '¿Qué le sorprendió cuando empezó?',
    'industry.changes': '¿Cómo está cambiando el sector en este momento?',
    'industry.culture': '¿Cómo es el ambiente de trabajo en su empresa?',
    'industry.wayIn': '¿Cómo suelen entrar en equipos como el suyo las personas que vienen de otros campos?',
    'advice.inMyShoes': '¿Qué haría usted primero si estuviera en mi lugar?',
    'advice.myStory': '¿Cómo ve mi trayectoria alguien de su campo, y qué la haría más convincente?',
    'advice.gaps': '¿Hay alguna habilidad o experiencia que debería adquirir antes de dar el salto?',
    'advice.resources': '¿Me recomendaría algún evento, grupo o lectura?',
    'leads.whoElse': '¿Con quién más me recomendaría hablar?',
  },
};
