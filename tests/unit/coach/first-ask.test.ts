import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHAT_LANGUAGES } from '../../../src/coach/chat-language';
import { checkFirstAsk, FIRST_ASK_POINTS, type FirstAskPointId } from '../../../src/coach/first-ask';

/** The ids of the points a draft does not meet yet. */
function notYet(text: string, language: string, context = {}): FirstAskPointId[] {
  return checkFirstAsk(text, language, context)
    .points.filter((point) => !point.ok)
    .map((point) => point.id);
}

const GOOD = {
  en: `Hi Dana,

Sam Lee suggested I reach out. I'm moving from teaching into UX research, and your path from psychology to research at Acme is exactly the kind of move I'm hoping to make.

Would you have 20 minutes for a call in the next couple of weeks? I'd love to hear how you made the switch.

Thanks,
Alex`,
  de: `Hallo Frau Reyes,

Sam Lee hat mir empfohlen, mich bei Ihnen zu melden. Ich wechsle gerade aus dem Lehramt in die UX-Forschung, und Ihr Weg von der Psychologie zur Forschung bei Acme ist genau der Schritt, den ich mir vorgenommen habe.

Hätten Sie in den nächsten Wochen 20 Min. Zeit für ein Telefonat? Mich würde sehr interessieren, wie Ihnen der Wechsel gelungen ist.

Viele Grüße
Alex`,
  fr: `Bonjour Madame Reyes,

Sam Lee m'a conseillé de vous écrire. Je quitte l'enseignement pour la recherche UX, et votre passage de la psychologie à la recherche chez Acme est exactement le chemin que j'aimerais suivre.

Auriez-vous 20 minutes pour un appel dans les prochaines semaines ? J'aimerais beaucoup savoir comment vous avez fait la transition, selon votre emploi du temps bien sûr.

Bien cordialement,
Alex`,
  es: `Hola, Dana:

Sam Lee me sugirió que le escribiera. Estoy pasando de la docencia a la investigación UX, y su trayectoria de la psicología a la investigación en Acme es justo el cambio que quiero hacer.

¿Tendría 20 minutos para una llamada en las próximas semanas? Me encantaría saber cómo dio el salto.

Un saludo,
Alex`,
};

const BAD = {
  en: `Hello,

I am a marketing manager with 10 years of experience. I have led campaigns for big brands and I am now looking for a new role in product management. I am very passionate about products and I believe my skills would transfer well. I noticed Acme is hiring, so I have attached my resume. Please let me know if there are any open positions that would fit my profile. I would be grateful for a referral. I am available any time and I look forward to hearing from you. I can also send more details about my background, my education and my previous projects if that helps. Thank you for your time and consideration.

Best regards,
Jordan`,
  de: `Sehr geehrte Damen und Herren,

ich bin seit zehn Jahren im Marketing tätig und suche eine neue Stelle im Produktmanagement. Anbei finden Sie meinen Lebenslauf. Ich würde mich über eine Rückmeldung freuen, ob ich mich bei Ihnen bewerben kann.

Mit freundlichen Grüßen
Jordan`,
  fr: `Bonjour,

Je suis chef de projet marketing depuis dix ans et je recherche un poste en gestion de produit. Je me permets de vous envoyer mon CV. Je serais ravi de rejoindre votre entreprise si vous recrutez.

Cordialement,
Jordan`,
  es: `Buenos días:

Yo soy gerente de marketing con diez años de experiencia y estoy buscando trabajo en gestión de producto. Le adjunto mi currículum con mis proyectos. Me gustaría saber si su empresa está contratando, porque creo que mi perfil encaja y me haría mucha ilusión.

Saludos,
Jordan`,
};

const mutual = { mutualName: 'Sam Lee' };

describe('checking a first ask', () => {
  it.each(CHAT_LANGUAGES)('a short, warm, curious ask in %s meets every point', (language) => {
    const check = checkFirstAsk(GOOD[language], language, mutual);
    expect(check.points.map((p) => p.id)).toEqual([...FIRST_ASK_POINTS]);
    expect(notYet(GOOD[language], language, mutual)).toEqual([]);
    expect(check.words).toBeGreaterThan(40);
    expect(check.words).toBeLessThanOrEqual(100);
    expect(check.jobPhrase).toBeNull();
  });

  it('an English cover letter in disguise misses every point', () => {
    expect(notYet(BAD.en, 'en')).toEqual([...FIRST_ASK_POINTS]);
    const check = checkFirstAsk(BAD.en, 'en');
    expect(check.words).toBeGreaterThan(100);
    expect(check.jobPhrase).toBe('looking for a new role');
    expect(check.meCount).toBeGreaterThan(3 * check.youCount);
  });

  it('a German application letter is caught asking for a job, and about the sender', () => {
    expect(notYet(BAD.de, 'de')).toEqual(['noJobRequest', 'connectionFirst', 'askIsQuestion', 'aboutThem']);
    expect(checkFirstAsk(BAD.de, 'de').jobPhrase).toBe('neue Stelle');
  });

  it('a French application letter is caught asking for a job, and about the sender', () => {
    expect(notYet(BAD.fr, 'fr')).toEqual(['noJobRequest', 'connectionFirst', 'askIsQuestion', 'aboutThem']);
    expect(checkFirstAsk(BAD.fr, 'fr').jobPhrase).toBe('recherche un poste');
  });

  it('a Spanish application letter is caught asking for a job, and about the sender', () => {
    expect(notYet(BAD.es, 'es')).toEqual(['noJobRequest', 'connectionFirst', 'askIsQuestion', 'aboutThem']);
    expect(checkFirstAsk(BAD.es, 'es').jobPhrase).toBe('buscando trabajo');
  });

  it('counts words as people do: a hyphenated word once, no punctuation or emoji', () => {
    expect(checkFirstAsk('Would you have 20 minutes for a 20-minute call? 🙂', 'en').words).toBe(9);
    expect(checkFirstAsk('¿Tendría 20 minutos? ¡Gracias!', 'es').words).toBe(4);
    expect(checkFirstAsk('', 'en').words).toBe(0);
  });

  it('calls exactly 100 words short, and 101 words long', () => {
    const hundred = `${'word '.repeat(99)}word`;
    expect(checkFirstAsk(hundred, 'en').points[0]).toEqual({ id: 'short', ok: true });
    expect(checkFirstAsk(`${hundred} more`, 'en').points[0]).toEqual({ id: 'short', ok: false });
  });
});

describe('asking for advice, not a job', () => {
  it.each([
    ['en', "I'd love to hear about your work, your current role at Acme and how you got your job there."],
    ['en', 'What does the role involve day to day, and how did you land it?'],
    ['de', 'An dieser Stelle danke ich Ihnen für Ihren Vortrag. Wie sind Sie zu Ihrem Job gekommen?'],
    ['de', 'Mich interessiert, wie Ihre Arbeit aussieht und was Ihre Position ausmacht.'],
    ['fr', "Selon votre emploi du temps, j'aimerais en savoir plus sur votre poste actuel et votre travail."],
    ['es', 'Me interesa mucho su trabajo y su puesto actual en Acme: ¿cómo es el ambiente de trabajo?'],
  ])('talking about their work is fine (%s: %s)', (language, text) => {
    expect(checkFirstAsk(text, language).jobPhrase).toBeNull();
  });

  it.each([
    ['en', 'Is your team hiring at the moment?', 'hiring'],
    ['en', 'Are there any openings on your team?', 'any openings'],
    ['en', 'Could you refer me for the analyst position?', 'refer me'],
    ['de', 'Ich möchte mich gern bei Acme bewerben.', 'bewerben'],
    ['de', 'Könnten Sie mich intern empfehlen?', 'mich intern empfehlen'],
    ['de', 'Stellen Sie gerade ein?', 'Stellen Sie gerade ein'],
    ['de', 'Gibt es offene Stellen in Ihrem Team?', 'offene Stellen'],
    ['fr', 'Recrutez-vous en ce moment ?', 'Recrutez'],
    ['fr', "J'ai vu une offre d'emploi chez Acme.", "d'emploi"],
    ['fr', 'Je souhaite postuler chez vous.', 'postuler'],
    ['es', '¿Están contratando en su equipo?', 'contratando'],
    ['es', 'Estoy en plena búsqueda de empleo.', 'búsqueda de empleo'],
    ['es', '¿Hay alguna vacante en Acme?', 'vacante'],
  ])('%s: "%s" reads as asking for a job', (language, text, phrase) => {
    const check = checkFirstAsk(text, language);
    expect(check.jobPhrase).toBe(phrase);
    expect(check.points.find((p) => p.id === 'noJobRequest')?.ok).toBe(false);
  });
});

describe('connection first', () => {
  const ask = 'Would you have 20 minutes for a call?';

  it('finds the mutual by full or first name in the opening sentences', () => {
    expect(notYet(`Hi Dana,\nSam suggested I write to you. ${ask}`, 'en', mutual)).not.toContain(
      'connectionFirst',
    );
  });

  it('finds the company or words from how you know each other', () => {
    const company = `Hi Dana,\nI saw that you lead research at Acme. ${ask}`;
    expect(notYet(company, 'en', { company: 'Acme' })).not.toContain('connectionFirst');
    expect(notYet(company, 'en')).toContain('connectionFirst');
    const school = `Hola, Dana:\nYo también estudié en Salamanca. ¿Tendría 20 minutos?`;
    expect(notYet(school, 'es', { howWeKnow: 'Estudiamos en la Universidad de Salamanca' })).not.toContain(
      'connectionFirst',
    );
  });

  it('does not count the connection when it only comes after two sentences', () => {
    const late = `Hi Dana,\nI'm moving into UX research. I admire what you do. ${ask} Sam Lee suggested I write.`;
    expect(notYet(late, 'en', mutual)).toContain('connectionFirst');
  });

  it('skips the greeting line and reads through abbreviations like "Dr."', () => {
    const text = `Dear Dr. Reyes,\nI'm moving into UX research. Dr. Kim, a former colleague, suggested I write. ${ask}`;
    expect(notYet(text, 'en')).not.toContain('connectionFirst');
  });
});

describe('the ask as a question', () => {
  it('does not take "How are you?" for the ask', () => {
    expect(notYet('Hi Dana,\nHow are you? Let me know if you have time for a call.', 'en')).toContain(
      'askIsQuestion',
    );
    expect(notYet('Hallo Dana,\nwie geht es Ihnen? Melden Sie sich gern.', 'de')).toContain('askIsQuestion');
  });
});

describe('more about them than about you', () => {
  it('reads capitalised Sie as "you" and lowercase sie as "she"', () => {
    const check = checkFirstAsk('Sam sagt, sie kenne Sie gut.', 'de');
    expect(check.youCount).toBe(1);
  });

  it("sees the French pronoun inside an elision (j'aimerais, m'a)", () => {
    const check = checkFirstAsk("J'aimerais vous parler : Sam m'a donné votre nom.", 'fr');
    expect(check.meCount).toBe(2);
    expect(check.youCount).toBe(2);
  });
});

describe('languages', () => {
  it('checks other languages with the English words', () => {
    expect(checkFirstAsk(GOOD.en, 'pt-BR', mutual).language).toBe('en');
    expect(notYet(GOOD.en, 'pt-BR', mutual)).toEqual([]);
    expect(checkFirstAsk(GOOD.de, 'de-AT', mutual).language).toBe('de');
  });
});

describe('without Intl.Segmenter (older browsers)', () => {
  const original = Intl.Segmenter;
  afterEach(() => {
    Object.defineProperty(Intl, 'Segmenter', { value: original, configurable: true, writable: true });
    vi.resetModules();
  });

  it('counts and checks the same drafts the same way', async () => {
    const drafts = CHAT_LANGUAGES.flatMap((language) =>
      [GOOD[language], BAD[language]].map((text) => ({ language, text })),
    );
    const expected = drafts.map(({ language, text }) => checkFirstAsk(text, language, mutual));
    Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true });
    vi.resetModules();
    const fallback = await import('../../../src/coach/first-ask');
    drafts.forEach(({ language, text }, i) => {
      const got = fallback.checkFirstAsk(text, language, mutual);
      expect(got.points, `${language}: ${text.slice(0, 30)}`).toEqual(expected[i]?.points);
      expect(Math.abs(got.words - (expected[i]?.words ?? 0))).toBeLessThanOrEqual(2);
    });
  });
});
