// Reading a draft message the way a person does: its words, its sentences, where the greeting
// ends, and phrases found regardless of accents and case ("Bewerbung", "bewerbung",
// "búsqueda"/"busqueda"). Pure text work shared by the first-ask check.

const hasSegmenter = typeof Intl.Segmenter === 'function';

interface Piece {
  text: string;
  word: boolean;
}

function pieces(text: string, language: string): Piece[] {
  if (hasSegmenter) {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    return [...segmenter.segment(text)].map((s) => ({ text: s.segment, word: s.isWordLike === true }));
  }
  return text.split(/([^\p{L}\p{N}'’]+)/u).map((part) => ({ text: part, word: /[\p{L}\p{N}]/u.test(part) }));
}

/** The words, a hyphenated compound ("20-minute", "ex-alumna") counted once, as people count. */
export function words(text: string, language: string): string[] {
  const found: string[] = [];
  const all = pieces(text, language);
  all.forEach((piece, i) => {
    if (!piece.word) return;
    const joined = i >= 2 && /^[-\u2011]$/.test(all[i - 1]?.text ?? '') && all[i - 2]?.word;
    if (joined && found.length) found[found.length - 1] += `-${piece.text}`;
    else found.push(piece.text);
  });
  return found;
}

function rawSentences(text: string, language: string): string[] {
  if (hasSegmenter) {
    return [...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  }
  return text.split(/(?<=[.!?…]\s+|\n)(?=\S)/);
}

// "Dr. Reyes", "20 Min. Zeit": a short capitalised word before a full stop is an abbreviation,
// not the end of a sentence (the segmenter has no list of them).
const ABBREVIATION_END = /(^|[^\p{L}])\p{Lu}\p{L}{0,2}\.\s*$/u;

/** Sentences with at least one letter or digit, trimmed, abbreviations kept inside. */
export function sentences(text: string, language: string): string[] {
  const merged: string[] = [];
  let carry = '';
  for (const sentence of rawSentences(text, language)) {
    carry += sentence;
    if (ABBREVIATION_END.test(carry)) continue;
    if (/[\p{L}\p{N}]/u.test(carry)) merged.push(carry.trim());
    carry = '';
  }
  if (/[\p{L}\p{N}]/u.test(carry)) merged.push(carry.trim());
  return merged;
}

/**
 * The draft without its greeting line ("Hi Dana,", "Hola, Dana:", "Sehr geehrte Frau Reyes,"):
 * a first line of at most six words that ends in a comma, colon or exclamation mark, or in no
 * punctuation at all.
 */
export function withoutGreeting(text: string, language: string): string {
  const lines = text.trim().split(/\r\n|\r|\n/);
  const first = lines[0]?.trim() ?? '';
  const looksLikeGreeting = words(first, language).length <= 6 && !/[.?…]$/.test(first);
  return looksLikeGreeting && lines.length > 1 ? lines.slice(1).join('\n').trim() : text.trim();
}

/** Lower case, no accents, straight apostrophes: "Búsqueda d’Emploi" → "busqueda d'emploi". */
export function fold(text: string): string {
  return foldWithMap(text).folded;
}

/** The folded text and, for each of its UTF-16 units, where it came from in the original. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const plain = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘ʼ]/g, "'");
    for (let k = 0; k < plain.length; k++) origin.push(index);
    folded += plain;
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/**
 * A phrase pattern matching whole words only, against folded text. The source is written in
 * lower case; its accents are dropped here (not its case: `\\p{L}` must stay as it is).
 */
export function phrasePattern(source: string): RegExp {
  const plain = source.normalize('NFD').replace(/\p{M}/gu, '');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${plain})(?![\\p{L}\\p{N}])`, 'u');
}

/** Escapes a user's text (a name, a company) for use inside a phrase pattern. */
export function literal(text: string): string {
  return fold(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first of the patterns found in the text, as the text wrote it; null when none is. */
export function findPhrase(text: string, patterns: readonly RegExp[]): string | null {
  const { folded, origin } = foldWithMap(text);
  let best: { at: number; end: number } | null = null;
  for (const pattern of patterns) {
    const match = pattern.exec(folded);
    if (match && (!best || match.index < best.at))
      best = { at: match.index, end: match.index + match[0].length };
  }
  if (!best) return null;
  return text.slice(origin[best.at], origin[best.end]);
}
