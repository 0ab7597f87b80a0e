// What the first-ask check tells the user, per point: what the draft already does, or the
// one thing to try. Coach tone: short, encouraging, never a verdict. German says "du" to the
// user like the rest of the UI, Spanish "tú"; French says "vous", as French software does.
// Placeholders: {words}, {me}, {you}, {phrase}.

import { type ChatLanguage, chatLanguageOf, frenchSpacing } from './chat-language';
import type { FirstAskCheck, FirstAskPointId } from './first-ask';
import { interpolate } from './messages';

export interface PointWords {
  ok: string;
  notYet: string;
}

export const FIRST_ASK_WORDS: Readonly<Record<ChatLanguage, Readonly<Record<FirstAskPointId, PointWords>>>> =
  {
    en: {
      short: {
        ok: 'Within 100 words ({words})',
        notYet: 'Over 100 words ({words}): shorter gets more replies',
      },
      noJobRequest: {
        ok: 'Asks for advice, not a job',
        notYet: '“{phrase}” reads as asking for a job: ask about their path instead — openings come later',
      },
      connectionFirst: {
        ok: 'Opens with what you have in common',
        notYet: 'Say how you found them (a mutual, a school, a company) in the first two sentences',
      },
      askIsQuestion: {
        ok: 'The ask is a question',
        notYet: 'Make the ask a question: “Would you have 20 minutes for a call?”',
      },
      aboutThem: {
        ok: 'More about them than about you',
        notYet: 'Mostly about you ({me} × I/my, {you} × you/your): add a line about their work',
      },
    },
    de: {
      short: {
        ok: 'Höchstens 100 Wörter ({words})',
        notYet: 'Über 100 Wörter ({words}): Kürzere Nachrichten bekommen mehr Antworten',
      },
      noJobRequest: {
        ok: 'Bittet um Rat, nicht um einen Job',
        notYet:
          '„{phrase}“ klingt nach Jobanfrage: Frag lieber nach dem Weg der Person – Stellen ergeben sich später',
      },
      connectionFirst: {
        ok: 'Beginnt mit dem, was euch verbindet',
        notYet: 'Sag in den ersten zwei Sätzen, wie du auf die Person kommst (Kontakt, Uni, Firma)',
      },
      askIsQuestion: {
        ok: 'Die Bitte ist eine Frage',
        notYet: 'Formuliere die Bitte als Frage: „Hätten Sie 20 Minuten für ein Telefonat?“',
      },
      aboutThem: {
        ok: 'Mehr über die Person als über dich',
        notYet: 'Vor allem über dich ({me} × ich/mein, {you} × Sie/Ihr): Ein Satz zu ihrer Arbeit hilft',
      },
    },
    fr: {
      short: {
        ok: '100 mots au plus ({words})',
        notYet: 'Plus de 100 mots ({words}) : un message court obtient plus de réponses',
      },
      noJobRequest: {
        ok: 'Demande des conseils, pas un emploi',
        notYet:
          '« {phrase} » ressemble à une demande d’emploi : intéressez-vous plutôt à son parcours, les postes viendront plus tard',
      },
      connectionFirst: {
        ok: 'Commence par ce que vous avez en commun',
        notYet:
          'Dites dès les deux premières phrases ce qui vous relie (une relation, une école, une entreprise)',
      },
      askIsQuestion: {
        ok: 'La demande est une question',
        notYet: 'Formulez la demande comme une question : « Auriez-vous 20 minutes pour un appel ? »',
      },
      aboutThem: {
        ok: 'Parle davantage de la personne que de vous',
        notYet:
          'Surtout centré sur vous ({me} × je/mon, {you} × vous/votre) : ajoutez une phrase sur son travail',
      },
    },
    es: {
      short: {
        ok: '100 palabras o menos ({words})',
        notYet: 'Más de 100 palabras ({words}): los mensajes breves reciben más respuestas',
      },
      noJobRequest: {
        ok: 'Pide consejo, no un empleo',
        notYet:
          '«{phrase}» suena a pedir trabajo: mejor pregunta por su trayectoria; las oportunidades llegan después',
      },
      connectionFirst: {
        ok: 'Empieza por lo que tienen en común',
        notYet:
          'Cuenta en las dos primeras frases cómo llegaste a esta persona (un contacto, una universidad, una empresa)',
      },
      askIsQuestion: {
        ok: 'La petición es una pregunta',
        notYet: 'Plantea la petición como pregunta: «¿Tendría 20 minutos para una llamada?»',
      },
      aboutThem: {
        ok: 'Habla más de la otra persona que de ti',
        notYet: 'Habla sobre todo de ti ({me} × yo/mi, {you} × usted/su): añade una frase sobre su trabajo',
      },
    },
  };

export interface FirstAskAdvice {
  id: FirstAskPointId;
  ok: boolean;
  text: string;
}

/** The check's points in words, in `language` (the UI's; 'de-AT' → German, others → English). */
export function firstAskAdvice(check: FirstAskCheck, language: string): FirstAskAdvice[] {
  const code = chatLanguageOf(language);
  const subs = { words: check.words, me: check.meCount, you: check.youCount, phrase: check.jobPhrase ?? '' };
  return check.points.map(({ id, ok }) => {
    const entry = FIRST_ASK_WORDS[code][id];
    const text = interpolate(ok ? entry.ok : entry.notYet, subs);
    return { id, ok, text: code === 'fr' ? frenchSpacing(text) : text };
  });
}
