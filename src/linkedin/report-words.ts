// Which words a page report may keep: only those in the readers' own per-language tables
// (degree labels and markers, mutual-connection sentences, pending and current-company labels)
// and numbers. Everything else a page says (names, headlines, messages) becomes a placeholder
// that keeps only its length.
import { DEGREE_LOCALES } from './degree';
import { MUTUAL_PHRASES } from './mutual-phrases';
import { CURRENT_COMPANY_LABELS, PENDING_LABEL_STARTS } from './selectors/profile';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

const phrases: string[] = [
  ...Object.values(DEGREE_LOCALES).flatMap((l) => [l.label, ...l.beyond]),
  ...Object.values(MUTUAL_PHRASES).flatMap((p) => [...p.lone, ...p.others]),
  ...CURRENT_COMPANY_LABELS,
  ...PENDING_LABEL_STARTS,
];

/** Every word of those tables, lower case. */
export const REPORT_WORDS: ReadonlySet<string> = new Set(
  phrases.flatMap((p) => p.toLocaleLowerCase().match(WORD) ?? []),
);

const ORDINALS = [...new Set(Object.values(DEGREE_LOCALES).flatMap((l) => l.ordinals))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

// A number, with thousands separators and a degree's ordinal mark ("1,204", "2nd", "3e+", "1°",
// "30" in Polish "30innych"); a word; or one other character.
const TOKEN = new RegExp(
  `(\\d+(?:[.,\\u00a0\\u202f]\\d{3})*(?:${ORDINALS})?\\+?)|(\\p{L}[\\p{L}\\p{M}]*)|(\\S)`,
  'giu',
);

/** Texts of numbers and signs only ("500+", "· 2nd", "14:20") are kept up to this length: a phone number is not. */
const MAX_BARE = 8;

/** True when every word of `text` is in the tables (or it is a short run of numbers and signs). */
export function isTableText(text: string): boolean {
  let words = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m[2] !== undefined) {
      if (!REPORT_WORDS.has(m[2].toLocaleLowerCase())) return false;
      words++;
    }
  }
  return words > 0 || text.trim().length <= MAX_BARE;
}

export const placeholder = (text: string): string => `[text ${text.replace(/\s+/g, ' ').trim().length}]`;

const LABEL_STARTS = [...PENDING_LABEL_STARTS, ...CURRENT_COMPANY_LABELS].sort((a, b) => b.length - a.length);

/**
 * A label kept where the readers key on its start ("Pending, click to withdraw invitation sent to
 * X" → "Pending, [text 41]", "Current company: X. Click …" → "Current company: [text 32]"),
 * kept whole when all its words are table words, else a placeholder.
 */
export function reportLabel(value: string): string {
  const text = value.trim();
  if (text === '') return value;
  if (isTableText(text)) return text;
  const lower = text.toLocaleLowerCase();
  const start = LABEL_STARTS.find((s) => lower.startsWith(s));
  if (start) {
    const kept = new RegExp(`^.{${start.length}}\\p{L}*\\s*[:,]?`, 'u').exec(text)?.[0] ?? '';
    const rest = text.slice(kept.length);
    return rest.trim() ? `${kept.trimEnd()} ${placeholder(rest)}` : kept;
  }
  return placeholder(text);
}

/** A text node's words: kept when they are table words, else a placeholder with spacing kept. */
export function reportText(text: string): string {
  if (text.trim() === '') return text.includes('\n') ? '\n' : ' ';
  if (isTableText(text)) return text;
  const before = /^\s/.test(text) ? ' ' : '';
  const after = /\s$/.test(text) ? ' ' : '';
  return `${before}${placeholder(text)}${after}`;
}
