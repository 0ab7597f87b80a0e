// How each locale words the mutual-connections sentence. `{}` is a name (a `<strong>`), `N` a
// number. The readers find the sentence by its link whenever there is one; these words matter
// where there is none, and they are the words a page report keeps (report-words.ts).

export interface MutualPhrases {
  /**
   * All the mutual connections are named and nothing links to the full list. LinkedIn's search
   * insights print "X is a mutual connection" with X as a link of its own and no search link.
   */
  lone: readonly string[];
  /** Some are named and "N others" links to the full list (read by href, listed for the words). */
  others: readonly string[];
}

export const MUTUAL_PHRASES: Record<string, MutualPhrases> = {
  en: {
    lone: [
      '{} is a mutual connection',
      '{} and {} are mutual connections',
      '{} is a shared connection', // 2019
      '{} and {} are shared connections',
    ],
    others: [
      '{}, {} and N other mutual connections',
      '{}, {} and N other mutual connection',
      '{}, {}, and N other mutual connections',
      '{}, {} & N other mutual connections',
      '{} and N others',
      '{}, {} and one other mutual connection',
      '{}, {} and N other shared connections',
    ],
  },
  de: {
    lone: ['{} ist ein gemeinsamer Kontakt', '{} und {} sind gemeinsame Kontakte'],
    others: ['{}, {} und N weitere gemeinsame Kontakte', '{}, {} und ein weiterer gemeinsamer Kontakt'],
  },
  fr: {
    lone: ['{} est une relation en commun', '{} et {} sont des relations en commun'],
    others: ['{}, {} et N autres relations en commun', '{}, {} et une autre relation en commun'],
  },
  es: {
    lone: ['{} es un contacto en común', '{} y {} son contactos en común'],
    others: ['{}, {} y N contactos en común más', '{}, {} y otro contacto en común'],
  },
  it: {
    lone: ['{} è un collegamento in comune', '{} e {} sono collegamenti in comune'],
    others: ['{}, {} e altri N collegamenti in comune', '{}, {} e un altro collegamento in comune'],
  },
  pl: {
    lone: ['{} jest wspólnym kontaktem', '{} i {} to wspólne kontakty'],
    others: [
      '{}, {} i N innych wspólnych kontaktów',
      '{}, {} i N inny wspólny kontakt',
      '{}, {} i N inne wspólne kontakty',
    ],
  },
  pt: {
    lone: ['{} é uma conexão em comum', '{} e {} são conexões em comum'],
    others: ['{}, {} e mais N conexões em comum', '{}, {} e mais uma conexão em comum'],
  },
};

/** A sentence's frame as compared: names as `{}`, lower case, single spaces, no final period. */
export function normaliseFrame(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u200b]+/g, ' ')
    .replace(/\s+([,&])/g, '$1')
    .replace(/[\s.]+$/, '')
    .trim();
}

const LONE = new Map<string, number>(
  Object.values(MUTUAL_PHRASES).flatMap((p) =>
    p.lone.map((frame): [string, number] => [normaliseFrame(frame), frame.split('{}').length - 1]),
  ),
);

/** How many names a lone-mutual frame holds ("{} is a mutual connection" → 1), else null. */
export function loneMutualNames(frame: string): number | null {
  return LONE.get(normaliseFrame(frame)) ?? null;
}
