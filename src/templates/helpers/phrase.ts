// `{{phrase me.targetRole}}`: the user's text where it sits inside a sentence of the template
// ("I'm moving into {{phrase me.targetRole}} in …"). Trims, drops trailing full stops, commas,
// semicolons and colons (an ellipsis stays), and lowercases the first letter when that is safe:
// only when the first word is a plain capitalised word ("Product", "Énergie", "Full-stack") and
// no later word is capitalised, since a later "Manager" or "Acme" says the text is a title or a
// name. So "Product management in health tech" becomes "product management in health tech", while
// "UX research", "Head of Product", "Acme", "McKinsey consulting" and "Google's cloud team" keep
// their case; a single word keeps it too, because "Marketing" and "Acme" cannot be told apart.
// `keepCase=true` only trims, for languages that capitalise nouns (German).
// "" for empty or non-text values.

const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u;
const LATER_CAPITAL = /^\p{Lu}\p{Ll}/u;

export function toPhrase(text: string, keepCase = false): string {
  const trimmed = text.trim();
  const stripped = /(\.\.\.|…)$/u.test(trimmed) ? trimmed : trimmed.replace(/[\s.,;:]+$/u, '');
  if (keepCase) return stripped;
  const [first = '', ...later] = stripped.split(/\s+/);
  const lower =
    CAPITALISED.test(first) && later.length > 0 && !later.some((word) => LATER_CAPITAL.test(word));
  return lower ? `${first.charAt(0).toLowerCase()}${stripped.slice(1)}` : stripped;
}

export function phrase(...args: unknown[]): string {
  const value = args.length > 1 ? args[0] : undefined;
  const options = args.at(-1) as { hash?: Record<string, unknown> } | undefined;
  return typeof value === 'string' ? toPhrase(value, options?.hash?.keepCase === true) : '';
}
