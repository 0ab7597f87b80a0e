// Connection degree from LinkedIn's words. Every locale writes the degree as one digit with an
// ordinal mark; "3rd+" / "3e niveau et plus" / "3º grado o más" mean 3rd or beyond, which the
// model keeps as 3.
import type { Degree } from '../model';

export interface DegreeLocale {
  /** Ordinal marks after the digit, as LinkedIn prints them. */
  ordinals: readonly string[];
  /** Words for "or beyond" after a 3rd-degree marker. */
  beyond: readonly string[];
  /** The long screen-reader label, for documentation and tests. */
  label: string;
}

export const DEGREE_LOCALES: Record<string, DegreeLocale> = {
  en: { ordinals: ['st', 'nd', 'rd', 'th'], beyond: ['+', 'and beyond'], label: '2nd degree connection' },
  de: { ordinals: ['.'], beyond: ['+', 'und höher', 'oder höher'], label: 'Kontakt 2. Grades' },
  fr: { ordinals: ['er', 're', 'e', 'ème'], beyond: ['+', 'et plus'], label: 'Relation de 2e niveau' },
  es: {
    ordinals: ['º', '°', 'er', 'ª', 'o'],
    beyond: ['+', 'y más', 'o más'],
    label: 'Contacto de 2º grado',
  },
  it: { ordinals: ['°', 'º'], beyond: ['+', 'e oltre', 'o superiore'], label: 'Collegamento di 2° grado' },
  pl: { ordinals: ['.'], beyond: ['+', 'i dalszego', 'lub dalszego'], label: 'Kontakt 2. stopnia' },
  pt: { ordinals: ['º', '°', 'ª', 'o'], beyond: ['+', 'ou mais'], label: 'Conexão de 2º grau' },
  ko: { ordinals: ['촌'], beyond: ['+'], label: '2촌' },
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const ORDINALS = alternatives(Object.values(DEGREE_LOCALES).flatMap((l) => l.ordinals));
const BEYOND = alternatives(Object.values(DEGREE_LOCALES).flatMap((l) => l.beyond));

// A whole marker on its own, as SDUI prints it after the name: "· 2nd", "3rd", "· 3rd+", "· 1.",
// "• 2" (search). A bare number is not one: "26" next to it is the connection count.
const MARKER = new RegExp(`^([·•‧∙])?\\s*([1-9])\\s*(${ORDINALS})?\\s*(?:${BEYOND})?$`, 'iu');

function toDegree(digit: number): Degree {
  return digit >= 3 ? 3 : digit === 2 ? 2 : 1;
}

/** A stand-alone degree marker ("· 2nd", "3e+", "· 1."), or null for any other text. */
export function parseDegreeMarker(text: string | null): Degree | null {
  if (!text || text.length > 24) return null;
  const m = MARKER.exec(text.replace(/[\s\u00a0]+/g, ' ').trim());
  if (!m || (!m[1] && !m[3])) return null;
  return toDegree(Number(m[2]));
}

/**
 * The degree in a label already known to be a degree badge ("2nd degree connection",
 * "Kontakt 2. stopnia", "Relation de 3e niveau et plus"): its first lone digit.
 */
export function parseDegreeLabel(text: string | null): Degree | null {
  if (!text) return null;
  const m = /(?<!\d)([1-9])(?!\d)/.exec(text);
  return m ? toDegree(Number(m[1])) : null;
}
