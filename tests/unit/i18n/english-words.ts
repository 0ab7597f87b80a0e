// What a German, French or Spanish screen must not show: words that are English and no word of
// those languages (so "message", "contact", "notes", "plan", "no", "me" or "Interview" are not on
// the list), keys the locale files lack, and placeholders left unfilled.

/** English words that are not words in German, French or Spanish. */
export const ENGLISH_ONLY = new Set(
  `the and of to your you yours with for is are this that these those what who whom when why how
  which there their they them she his our we us its be been being have had having were would
  should could can cannot must does did done from by at but if then than one two three each every
  any nothing something someone anyone everyone new old first next back hide search save saved
  cancel edit delete deleted add added remove removed undo day days ago today yesterday tomorrow
  week weeks month months year years never reply replies replied loading people story settings
  progress step goal goals connections mutual template templates company degree relationship
  subject body title channel offer closed opportunity opportunities follow up thank thanks request
  requests ask asked answer wait waiting let go try again more less about after before since until
  only already here now soon later early left right due lesson lessons preview characters character
  words word sample busiest streak current best rate rates chart shading none week's yet own built
  way target industry reach reached pace time`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words a translated screen may show although they are English: names, brands, product terms. */
export const ALLOWED = new Set(
  `LinkedIn InMail InMails Top CSV JSON Coffee Chat Coach Handlebars Premium Northwind Acme`
    .split(/\s+/)
    .map((word) => word.toLowerCase()),
);

/** The text a person meets on the screen: text, labels that are read out, options. */
export function screenText(root: ParentNode): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('textarea, script, style')) continue;
    parts.push(node.textContent ?? '');
  }
  for (const element of (root as Element).querySelectorAll?.('*') ?? []) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
    if (element instanceof HTMLInputElement && ['button', 'submit'].includes(element.type))
      parts.push(element.value);
  }
  return parts.join('\n');
}

/** Handlebars snippets ({{person.firstName}}), addresses and file names are code, not words. */
const CODE = /\{\{[^}]*\}\}|https?:\/\/\S+|\S+@\S+\.\S+|\S+\.(?:csv|json|ics)\b/g;

/** Each English word found, with the words around it: `"follow" in "… Relance (follow up) …"`. */
export function englishWordsIn(text: string, names: readonly string[] = []): string[] {
  const allowed = new Set([...ALLOWED, ...names.flatMap((name) => name.toLowerCase().split(/\s+/))]);
  const found = new Map<string, string>();
  const plain = text.replace(CODE, ' ');
  for (const match of plain.matchAll(/[\p{L}']+/gu)) {
    const word = match[0];
    const folded = word.toLowerCase().replace(/^'+|'+$/g, '');
    if (!ENGLISH_ONLY.has(folded) || allowed.has(folded) || found.has(folded)) continue;
    const at = match.index ?? 0;
    const around = plain.slice(Math.max(0, at - 30), at + word.length + 30).replace(/\s+/g, ' ');
    found.set(folded, `"${word}" in "…${around}…"`);
  }
  return [...found.values()];
}

/** A day shown as the computer writes it (2026-12-04) rather than in words ("4 December"). */
export function rawDaysIn(text: string): string[] {
  const plain = text.replace(/\((?:like|wie|comme|como) \d{4}-\d{2}-\d{2}\)/g, '');
  return [...new Set(plain.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [])];
}

/**
 * A number written without the grouping its language gives it ("8000" for "8,000" in English
 * or "8.000" in German; Spanish writes 8000 as is); years aside.
 */
export function rawNumbersIn(text: string, locale: string): string[] {
  const plain = text.replace(/\{\{[^}]*\}\}|https?:\/\/\S+|\b\d{4}-\d{2}-\d{2}\b/g, ' ');
  const grouped = new Intl.NumberFormat(locale);
  return [...new Set(plain.match(/(?<![\d.,:/-])\d{4,}(?![\d.,:/-])/g) ?? [])].filter(
    (n) => !/^(?:19|20)\d\d$/.test(n) && grouped.format(Number(n)) !== n,
  );
}

/**
 * A count of one with its noun in the plural: "1 mutual connections", "1 conversaciones",
 * "1 échanges". English, French and Spanish mark most plurals with -s (or -x); German is
 * left to its plural keys.
 */
export function pluralSlipsIn(text: string, locale: string): string[] {
  if (locale === 'de') return [];
  const singularInS: Record<string, RegExp> = {
    en: /\b(?:is|was|has|does|this|plus|yes|always|news|across|access|class|address)$/,
    fr: /\b(?:fois|mois|sans|sous|plus|pas|dans|vers|chez|jusqu|avis|temps|succès|accès|processus|cours|parcours)$/,
    es: /\b(?:mes|más|menos|tras|antes|después|análisis|lunes|martes|miércoles|jueves|viernes|tus|sus|mis)$/,
  };
  const exception = singularInS[locale] ?? singularInS.en;
  return [...new Set(text.match(/(?<![\d.,])\b1 (?:\p{L}+ )?\p{L}+[sx]\b/gu) ?? [])].filter(
    (slip) => !exception?.test(slip),
  );
}

/** A key printed for want of its words ("people_title"), or a placeholder left as it was. */
export function untranslatedIn(text: string): string[] {
  return [
    ...new Set([
      ...(text.match(/\b[a-z]+(?:_[A-Za-z0-9]+)+\b/g) ?? []),
      ...(text.match(/\$[A-Z0-9_]+\$|\bundefined\b|\bNaN\b|\[object \w+\]/g) ?? []),
    ]),
  ];
}

/**
 * The same words twice where each should name something else: two labels of one form, or two
 * items, paragraphs or options side by side ("Your name" for the name and the first name).
 */
export function repeatsIn(root: ParentNode): string[] {
  const repeated = new Set<string>();
  const twice = (elements: Element[]) => {
    const seen = new Set<string>();
    for (const text of elements.map((e) => e.textContent?.trim() ?? '')) {
      if (text.length < 3 || /^[\d\s.,:%–-]+$/.test(text)) continue;
      if (seen.has(text)) repeated.add(text);
      seen.add(text);
    }
  };
  for (const form of root.querySelectorAll('form')) twice([...form.querySelectorAll('label')]);
  for (const parent of [root, ...root.querySelectorAll('*')]) {
    const children = [...(parent as Element).children];
    for (const tag of ['LI', 'P', 'OPTION', 'DT']) twice(children.filter((child) => child.tagName === tag));
  }
  return [...repeated];
}
