// `{{sentence me.ask}}`: the user's text as a whole sentence, for a field that stands between
// two sentences of a template. Trims; capitalises the first letter (after any opening ¿ ¡ « “ „ (
// mark), unless the first word has a capital inside it ("iPhone", "eBay"); keeps a final . ! ? or …
// (also before closing quotes or brackets), turns a trailing , ; or : into a full stop, and adds a
// full stop after a final letter, digit, quote or bracket — or the closing ? or ! when the text
// opened with Spanish ¿ or ¡, which says what it is. An emoji or other symbol at the end is
// left as it is. "" for empty or non-text values, so templates can still wrap it in `{{#if}}`.

// Quotation marks as English, German, French and Spanish open and close them.
const OPENING = /^[¿¡«»‹›“„‚‘"'(\s]*/u;
const CLOSING = /[»«›‹”“’‘"')\]\s]*$/u;

export function toSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const lead = OPENING.exec(trimmed)?.[0] ?? '';
  const rest = trimmed.slice(lead.length);
  const firstWord = rest.split(/\s/, 1)[0] ?? '';
  const [first = ''] = rest;
  const capitalised =
    /\p{Ll}/u.test(first) && !/\p{Lu}/u.test(firstWord.slice(first.length))
      ? `${lead}${first.toUpperCase()}${rest.slice(first.length)}`
      : trimmed;
  const tail = CLOSING.exec(capitalised)?.[0] ?? '';
  const body = capitalised.slice(0, capitalised.length - tail.length);
  if (/[.!?…]$/u.test(body)) return capitalised;
  const end = lead.includes('¿') ? '?' : lead.includes('¡') ? '!' : '.';
  if (/[,;:]$/u.test(body)) return `${body.replace(/[\s,;:]+$/u, '')}${end}${tail}`;
  if (/[\p{L}\p{N}]$/u.test(body) || tail !== '') return `${capitalised}${end}`;
  return capitalised;
}

export function sentence(...args: unknown[]): string {
  const value = args.length > 1 ? args[0] : undefined;
  return typeof value === 'string' ? toSentence(value) : '';
}
