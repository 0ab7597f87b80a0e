// The language a message or a coffee chat is held in, which may differ from the UI's: a
// German-speaking user may write to someone in Lyon in French. Four for now; the rest fall
// back to English.

export const CHAT_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type ChatLanguage = (typeof CHAT_LANGUAGES)[number];

/** 'de-AT' → 'de', 'es-419' → 'es'; anything else → 'en'. */
export function chatLanguageOf(tag: string): ChatLanguage {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (CHAT_LANGUAGES as readonly string[]).includes(base) ? (base as ChatLanguage) : 'en';
}

/**
 * French puts a space before ? ! : ; and inside « »; a narrow no-break space keeps the mark
 * from wrapping onto a line of its own. Source strings are written with plain spaces.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([?!:;»])/g, '\u202f$1').replace(/« /g, '«\u202f');
}
