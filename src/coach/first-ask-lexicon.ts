// The words the first-ask check looks for, per language. Patterns are regex sources in lower
// case, matched as whole words against the draft with accents and case folded away.
//
// Job-request phrases are asks, not nouns: "your work", "your current role", "su puesto",
// "votre emploi du temps" and "an dieser Stelle" are about the person or just idiom, so only
// the forms that ask for an opening count ("any openings", "eine Stelle", "un poste",
// "un puesto", "busco trabajo", "hiring", "Bewerbung", "embauche"…).

import type { ChatLanguage } from './chat-language';
import { phrasePattern } from './draft-text';

export interface FirstAskLexicon {
  jobRequest: readonly RegExp[];
  /** Ways of naming common ground when no context is given: a mutual, a school, a talk. */
  connection: readonly RegExp[];
  /** "How are you?": a question, but not the ask. */
  pleasantry: readonly RegExp[];
  /** Folded, lower-case word forms. */
  me: ReadonlySet<string>;
  you: ReadonlySet<string>;
  /** Forms that mean "you" only when capitalised (German Sie, Ihnen, Ihr…), as written. */
  youCapitalised: ReadonlySet<string>;
  /** Split "j'aimerais" into "j" + "aimerais" to see the pronoun (French elision). */
  splitElisions: boolean;
}

const L = '[\\p{L}]*';
const patterns = (sources: readonly string[]): RegExp[] => sources.map(phrasePattern);

const EN: FirstAskLexicon = {
  jobRequest: patterns([
    '(looking for|seeking|searching for|hunting for|in the market for|(hoping|trying|want|wanting) to (find|get|land)|help me (find|get|land|secure)) (a |an |any |new |some |the )*(jobs?|positions?|roles?|openings?|work|employment)',
    'hiring|hire me|recruiting',
    '(jobs?|positions?|roles?) (openings?|opportunit(y|ies)|vacanc(y|ies)|postings?|offers?)',
    '(any|open|available) (jobs?|positions?|openings?|roles?|vacanc(y|ies))',
    '(a|new) job|vacanc(y|ies)',
    '(apply|applying|application) (for|to)',
    'refer me|referral|put in a (good )?word|consider me|recommend me for',
    'my (resume|cv)|cv',
  ]),
  connection: patterns([
    '(suggested|recommended) (that )?i|referred me|pointed me|gave me your (name|details)|passed (along|on) your name',
    'mentioned (you|your name)|introduc(ed|tion)|we met|we both|we connected|last time we|a friend of|mutual',
    'fellow|alum(ni|na|nus)?|classmate|former colleague|worked together|studied at|went to|same (school|team|company)',
    'your (talk|post|article|podcast|presentation|panel|newsletter)|i (read|saw|heard|listened to) your|heard you',
  ]),
  pleasantry: patterns([
    "how are you|how have you been|how's it going|how are things|hope you('re| are) (well|doing well)",
  ]),
  me: new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself']),
  you: new Set(['you', 'your', 'yours', 'yourself', "you're", "you've", "you'd", "you'll"]),
  youCapitalised: new Set(),
  splitElisions: false,
};

const DE: FirstAskLexicon = {
  jobRequest: patterns([
    '(offene|offenen|freie|freien|ausgeschriebene|ausgeschriebenen|neue|neuen|eine|einen) (stellen?|positionen?|jobs?|arbeitsstellen?)',
    `stellen(angebot|anzeige|ausschreibung|suche)${L}|job(suche|angebot|chance)${L}|arbeitsplatz${L}`,
    `(bewerb|beworben)${L}`,
    'stellen sie (gerade |derzeit |aktuell |zurzeit |noch )*(leute |jemanden )?ein|einstellen|eingestellt',
    'jobs? bei (ihnen|euch|dir)|empfehlen sie mich|mich (bei \\p{L}+ )?(intern )?(weiter)?empfehlen',
    'lebenslauf|cv',
  ]),
  connection: patterns([
    'hat mir (empfohlen|geraten|ihren namen|ihren kontakt)|empfahl mir|gab mir ihren|meinte,? ich (solle|sollte)',
    'auf sie (aufmerksam|gestoßen|gestossen)|wir haben uns|kennengelernt|wir beide|ebenfalls|auch an der',
    'alumni|kommiliton(e|in)|ehemalige[nr]?|zusammen ?gearbeitet|gemeinsame[nrs]?',
    'ihren (vortrag|beitrag|artikel|post|podcast|newsletter)|ihre (rede|keynote)',
  ]),
  pleasantry: patterns(["wie geht('s| es (ihnen|dir|euch))"]),
  me: new Set(['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines']),
  you: new Set([
    'du',
    'dich',
    'dir',
    'dein',
    'deine',
    'deinen',
    'deinem',
    'deiner',
    'deines',
    'euch',
    'euer',
    'eure',
    'euren',
    'eurem',
    'eurer',
  ]),
  youCapitalised: new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']),
  splitElisions: false,
};

const FR: FirstAskLexicon = {
  jobRequest: patterns([
    '(un|des|ce|aucun|nouveau) postes?|postes? (ouverts?|vacants?|à pourvoir|disponibles?)',
    "(un|nouvel|des) emplois?|d'emploi|(un|des) jobs?",
    `embauch${L}|recrut${L}|candidat${L}|postul${L}`,
    'me (recommander|coopter)|cooptation|cv',
    `(cherch|recherch|trouv|décroch)${L} (un |une |du |d')?(travail|emploi|poste|job|stage)`,
  ]),
  connection: patterns([
    "m'a (conseillé|recommandé|suggéré|orienté|donné votre|parlé de vous)|de la part de",
    'nous nous sommes (rencontré|croisé)e?s?|nous avons tous (les )?deux|comme vous',
    'ancien(ne)?s?|alumni|camarade|travaillé ensemble|en commun|mutuel(le)?s?',
    'votre (intervention|article|publication|conférence|post|podcast|newsletter)',
  ]),
  pleasantry: patterns(['comment (allez-vous|vas-tu|ça va)|ça va']),
  me: new Set(['je', 'j', 'me', 'm', 'moi', 'mon', 'ma', 'mes']),
  you: new Set(['vous', 'votre', 'vos', 'tu', 't', 'te', 'toi', 'ton', 'ta', 'tes']),
  youCapitalised: new Set(),
  splitElisions: true,
};

const ES: FirstAskLexicon = {
  jobRequest: patterns([
    '(un|algún|ningún|nuevo|otro) puestos?|puestos? (vacantes?|disponibles?|abiertos?)|vacantes?',
    '(un|nuevo) (empleo|trabajo)|(busco|buscando|buscar|encontrar|conseguir)( un| nuevo)? (trabajo|empleo|puesto)',
    '(ofertas?|solicitud|búsqueda) de (empleo|trabajo)',
    'contrat(ando|ar|an|en|aría|arían|ara)',
    'recomendarme|referirme|me (podría|puede|pueda) recomendar|referencia interna',
    `currículum|curriculum|cv|hoja de vida|postul${L}|candidatura`,
  ]),
  connection: patterns([
    'me (recomendó|sugirió|dio su nombre|habló de usted|pasó su contacto)|de parte de',
    'nos conocimos|coincidimos|ambos|ambas|como usted|en común|mutu[oa]s?',
    'exalumn[oa]s?|ex alumn[oa]s?|antigu[oa] alumn[oa]|trabajamos junt[oa]s|compañer[oa]s?',
    'su (charla|artículo|publicación|ponencia|podcast|boletín)',
  ]),
  pleasantry: patterns(['(cómo|qué tal) (está|estás|le va|te va)|qué tal']),
  // Spanish drops subject pronouns ("estoy", "dio el salto"), so the counts see only the
  // possessives and objects; "le" is counted as "you" because, to usted, it mostly is.
  me: new Set(['yo', 'me', 'mi', 'mis', 'conmigo']),
  you: new Set(['usted', 'ustedes', 'su', 'sus', 'le', 'tu', 'tus', 'te', 'ti', 'contigo']),
  youCapitalised: new Set(),
  splitElisions: false,
};

export const FIRST_ASK_LEXICON: Readonly<Record<ChatLanguage, FirstAskLexicon>> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
};

/** Words too common to show a connection when they come from "how we know each other". */
export const CONNECTION_STOPWORDS: ReadonlySet<string> = new Set([
  'with',
  'that',
  'from',
  'were',
  'have',
  'been',
  'when',
  'they',
  'them',
  'this',
  'there',
  'their',
  'also',
  'haben',
  'hatten',
  'waren',
  'sind',
  'beim',
  'uber',
  'auch',
  'eine',
  'einer',
  'einem',
  'einen',
  'dort',
  'nous',
  'avons',
  'avec',
  'dans',
  'pour',
  'tous',
  'deux',
  'etait',
  'etions',
  'nosotros',
  'estuvimos',
  'hemos',
  'tambien',
  'cuando',
  'donde',
  'para',
]);
