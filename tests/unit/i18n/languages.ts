// The languages the extension ships, with what their tests need: the coach table, words every
// message in the language uses, a realistic worst case for LinkedIn's length caps (long names,
// company, role and industry), and awkward ways to fill in "My story" in that language.
import type { MessageKey } from '../../../src/coach/messages';
import { DE } from '../../../src/coach/messages-de';
import { EN } from '../../../src/coach/messages-en';
import { ES } from '../../../src/coach/messages-es';
import { FR } from '../../../src/coach/messages-fr';
import type { CoachLocale } from '../../../src/coach/text';
import { buildContext, type ContextInput, type TemplateContext } from '../../../src/templates/context';
import { AWKWARD_ENGLISH } from '../templates/awkward';

export interface Language {
  locale: CoachLocale;
  name: string;
  coach: Readonly<Record<MessageKey, string>>;
  /** Short words any message in the language uses; a message must have at least two of them. */
  typicalWords: string[];
  /** A realistic worst case: long double-barrelled names, a long company, role and industry. */
  long: TemplateContext;
  /** My story filled in awkwardly, in this language (see tests/unit/templates/awkward.ts). */
  awkward: Record<string, TemplateContext>;
  /**
   * Fields the templates set inside a sentence with {{phrase}}, which lowercases a capitalised
   * first word. None in German, where nouns keep their capital ("Richtung Produktmanagement").
   */
  lowercasedMidSentence: ('targetRole' | 'targetIndustry' | 'role')[];
}

const PERSON = { fullName: 'Camille Martin', company: 'Northwind', yearsSinceContact: 6 };
const awkward =
  (mutual: string) =>
  (person: ContextInput['person'], me: ContextInput['me']): TemplateContext =>
    buildContext({
      person: { ...PERSON, ...person },
      mutual: { fullName: mutual },
      me: { name: 'Sam Rivera', ...me },
    });
const BLANKS = AWKWARD_ENGLISH.BLANKS as TemplateContext;

const german = awkward('Petra Schulz');
const french = awkward('Léa Dubois');
const spanish = awkward('Diego Ramírez');

export const ENGLISH: Language = {
  locale: 'en',
  name: 'English',
  coach: EN,
  typicalWords: ['I', 'you', 'your', 'and', 'the', 'to', 'for', 'with', 'a'],
  long: buildContext({
    person: {
      firstName: 'Maximiliana',
      lastName: 'Wolfeschlegel-Steinhausen',
      company: 'Deutsche Telekom IT Solutions GmbH',
      role: 'Senior Product Manager, Payments',
    },
    mutual: { fullName: 'Bartholomew Okonkwo-Smith' },
    me: {
      name: 'Samantha Rivera-Whitfield',
      targetRole: 'senior product management',
      targetIndustry: 'healthcare technology',
    },
  }),
  awkward: AWKWARD_ENGLISH,
  lowercasedMidSentence: ['targetRole', 'targetIndustry', 'role'],
};

export const GERMAN: Language = {
  locale: 'de',
  name: 'German',
  coach: DE,
  typicalWords: ['ich', 'und', 'Sie', 'du', 'dir', 'dich', 'mit', 'für', 'die', 'der', 'das', 'zu', 'mich'],
  long: buildContext({
    person: {
      firstName: 'Maximiliane',
      lastName: 'Schönberger-Wittelsbach',
      company: 'Deutsche Telekom IT Solutions GmbH',
      role: 'Senior Produktmanagerin Zahlungsverkehr',
      howWeKnow: 'Wir haben 2015 bei der Allianz gemeinsam die Abrechnung neu gebaut.',
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
  }),
  awkward: {
    STOPS: german(
      {
        role: 'UX-Researcherin.',
        howWeKnow: 'Wir haben 2016–2020 zusammen an der Lincoln High unterrichtet.',
      },
      {
        targetRole: 'UX-Research.',
        targetIndustry: 'Gesundheitstechnologie.',
        story: 'Nach acht Jahren als Chemielehrerin möchte ich Werkzeuge für Lehrkräfte bauen.',
        ask: 'Mich interessiert, wie Sie in die Forschung gewechselt sind.',
      },
    ),
    BARE: german(
      { role: 'Data Scientist', howWeKnow: 'wir haben bei Acme zusammengearbeitet' },
      {
        targetRole: 'Datenanalyse',
        targetIndustry: 'erneuerbare Energien',
        story: 'nach acht Jahren als Chemielehrerin möchte ich Werkzeuge für Lehrkräfte bauen',
        ask: 'darf ich fragen, wie Sie in die Forschung gewechselt sind',
      },
    ),
    CAPS: german(
      { role: 'Produktdesignerin', howWeKnow: 'Wir haben bei Acme zusammengearbeitet,' },
      {
        targetRole: 'Produktmanagement im Gesundheitswesen',
        targetIndustry: 'Erneuerbare Energien',
        story: 'Ich habe acht Jahre Chemie unterrichtet. Jetzt baue ich Werkzeuge für Lehrkräfte',
        ask: 'Zwanzig Minuten Ihres Rats würden mir sehr helfen',
      },
    ),
    QUESTION: german(
      { howWeKnow: 'Erinnerst du dich an den Launch 2019? Den haben wir gemeinsam überstanden!' },
      {
        targetRole: 'Datenanalystin',
        targetIndustry: 'Energiebranche',
        story: 'Was haben Lehrkräfte und Forschende gemeinsam? Mehr, als man denkt!',
        ask: 'Wie sind Sie in die Forschung gekommen?',
      },
    ),
    BLANKS,
  },
  lowercasedMidSentence: [],
};

export const FRENCH: Language = {
  locale: 'fr',
  name: 'French',
  coach: FR,
  typicalWords: [
    'je',
    'vous',
    'votre',
    'tu',
    'ton',
    'et',
    'de',
    'pour',
    'avec',
    'une',
    'un',
    'le',
    'la',
    'les',
  ],
  long: buildContext({
    person: {
      firstName: 'Marie-Christine',
      lastName: 'Lefèvre-Dubois',
      company: 'BNP Paribas Personal Finance',
      role: 'Responsable de la recherche utilisateur',
      howWeKnow: 'Nous avons refondu ensemble la facturation chez Orange en 2015.',
      yearsSinceContact: 7,
    },
    mutual: { fullName: 'Jean-Baptiste Rochefoucauld-Liancourt' },
    me: {
      name: 'Anne-Sophie Delacroix-Martin',
      story: 'Après huit ans à enseigner la chimie, je veux créer des outils qui aident les enseignants.',
      targetRole: 'responsable de la recherche utilisateur',
      targetIndustry: 'technologies de la santé',
      ask: 'Pourriez-vous me raconter votre passage vers la gestion de produit ?',
    },
  }),
  awkward: {
    STOPS: french(
      {
        role: 'Chercheuse UX.',
        howWeKnow: 'Nous avons enseigné ensemble au lycée Lincoln, de 2016 à 2020.',
      },
      {
        targetRole: 'Recherche UX.',
        targetIndustry: 'santé numérique.',
        story: 'Après huit ans à enseigner la chimie, je veux créer des outils pour les enseignants.',
        ask: 'J’aimerais connaître votre parcours vers la recherche.',
      },
    ),
    BARE: french(
      { role: 'data scientist', howWeKnow: 'nous avons enseigné ensemble au lycée Lincoln' },
      {
        targetRole: 'chef de projet',
        targetIndustry: 'énergies renouvelables',
        story: 'après huit ans à enseigner la chimie je veux créer des outils pour les enseignants',
        ask: 'pourriez-vous me raconter votre passage de l’enseignement à la recherche',
      },
    ),
    CAPS: french(
      { role: 'Designer produit', howWeKnow: 'Nous travaillions ensemble chez Acme,' },
      {
        targetRole: 'Gestion de produit en santé numérique',
        targetIndustry: 'Énergies renouvelables',
        story:
          'J’ai enseigné la chimie pendant huit ans. Aujourd’hui je crée des outils pour les enseignants',
        ask: 'Vingt minutes de vos conseils me seraient précieuses',
      },
    ),
    QUESTION: french(
      { howWeKnow: 'Vous souvenez-vous du lancement de 2019\u00a0? Nous y avons survécu ensemble\u00a0!' },
      {
        targetRole: 'un poste de chef de produit',
        targetIndustry: 'énergie',
        story: 'Qu’ont en commun enseignants et chercheurs\u00a0? Plus qu’on ne le croit\u00a0!',
        ask: 'Quel a été votre premier pas vers la recherche ?',
      },
    ),
    BLANKS,
  },
  lowercasedMidSentence: ['targetRole', 'targetIndustry', 'role'],
};

export const SPANISH: Language = {
  locale: 'es',
  name: 'Spanish',
  coach: ES,
  typicalWords: [
    'que',
    'de',
    'en',
    'tu',
    'te',
    'con',
    'para',
    'por',
    'una',
    'un',
    'el',
    'la',
    'y',
    'me',
    'le',
  ],
  long: buildContext({
    person: {
      firstName: 'María José',
      lastName: 'García-Villalobos',
      company: 'Banco Bilbao Vizcaya Argentaria',
      role: 'Responsable de Producto Digital',
      howWeKnow: 'Rediseñamos juntos la facturación de Telefónica en 2015.',
      yearsSinceContact: 7,
    },
    mutual: { fullName: 'Juan Sebastián Fernández de Córdoba' },
    me: {
      name: 'María Fernanda Rodríguez-Echeverría',
      story: 'Después de ocho años enseñando química, quiero crear herramientas que ayuden a los docentes.',
      targetRole: 'gestión de producto digital',
      targetIndustry: 'tecnología sanitaria',
      ask: '¿Podrías contarme cómo diste el salto a la gestión de producto?',
    },
  }),
  awkward: {
    STOPS: spanish(
      { role: 'Investigadora UX.', howWeKnow: 'Dimos clase juntas en el instituto Lincoln, de 2016 a 2020.' },
      {
        targetRole: 'Investigación UX.',
        targetIndustry: 'salud digital.',
        story: 'Después de ocho años enseñando química, quiero crear herramientas para docentes.',
        ask: 'Me encantaría saber cómo llegaste a la investigación.',
      },
    ),
    BARE: spanish(
      { role: 'científica de datos', howWeKnow: 'trabajamos juntos en Acme' },
      {
        targetRole: 'analista de datos',
        targetIndustry: 'energías renovables',
        story: 'después de ocho años enseñando química quiero crear herramientas para docentes',
        ask: '¿podrías contarme cómo pasaste de la docencia a la investigación',
      },
    ),
    CAPS: spanish(
      { role: 'Diseñadora de producto', howWeKnow: 'Trabajamos juntos en Acme,' },
      {
        targetRole: 'Gestión de producto en salud digital',
        targetIndustry: 'Energías renovables',
        story: 'Enseñé química durante ocho años. Ahora creo herramientas para docentes',
        ask: 'Veinte minutos de tus consejos me ayudarían muchísimo',
      },
    ),
    QUESTION: spanish(
      { howWeKnow: '¿Te acuerdas del lanzamiento de 2019? ¡Lo sacamos adelante juntos!' },
      {
        targetRole: 'un puesto de analista de datos',
        targetIndustry: 'el sector energético',
        story: '¿Qué tienen en común docentes e investigadores? ¡Más de lo que parece!',
        ask: '¿Cómo llegaste a la investigación?',
      },
    ),
    BLANKS,
  },
  lowercasedMidSentence: ['targetRole', 'targetIndustry', 'role'],
};

/** Every language the extension ships, English first. */
export const LANGUAGES: readonly Language[] = [ENGLISH, GERMAN, FRENCH, SPANISH];
/** The translations: every language but English. */
export const TRANSLATIONS: readonly Language[] = LANGUAGES.filter((language) => language.locale !== 'en');
