// A gentle check of a first ask against the advice career centres give for networking
// emails (Steve Dalton's "5-point email"): short, common ground first, the ask as a question,
// no request for a job, more about them than about you. Advice only: it never blocks a
// message and never rewrites one; the words for each point are in first-ask-words.ts.

import { type ChatLanguage, chatLanguageOf } from './chat-language';
import { findPhrase, fold, literal, phrasePattern, sentences, withoutGreeting, words } from './draft-text';
import { CONNECTION_STOPWORDS, FIRST_ASK_LEXICON, type FirstAskLexicon } from './first-ask-lexicon';

/** Replies drop off past about 100 words: a stranger reads a first ask at a glance. */
export const FIRST_ASK_MAX_WORDS = 100;

export const FIRST_ASK_POINTS = [
  'short',
  'noJobRequest',
  'connectionFirst',
  'askIsQuestion',
  'aboutThem',
] as const;
export type FirstAskPointId = (typeof FIRST_ASK_POINTS)[number];

export interface FirstAskPoint {
  id: FirstAskPointId;
  ok: boolean;
}

/** What the draft says about the person and the way in, when the composer knows it. */
export interface FirstAskContext {
  mutualName?: string | null;
  company?: string | null;
  /** In the user's words: "we both studied at TU Delft". */
  howWeKnow?: string | null;
}

export interface FirstAskCheck {
  language: ChatLanguage;
  /** Always in FIRST_ASK_POINTS order. */
  points: FirstAskPoint[];
  words: number;
  /** "I/me/my" and "you/your" forms counted for `aboutThem`. */
  meCount: number;
  youCount: number;
  /** The first phrase that reads as asking for a job, as the draft wrote it; null if none. */
  jobPhrase: string | null;
}

function pronounCounts(text: string, language: ChatLanguage, lexicon: FirstAskLexicon) {
  let me = 0;
  let you = 0;
  for (const word of words(text, language)) {
    if (lexicon.youCapitalised.has(word)) {
      you++;
      continue;
    }
    const folded = fold(word);
    const forms = lexicon.splitElisions ? folded.split("'").filter(Boolean) : [folded];
    for (const form of forms) {
      if (lexicon.me.has(form)) me++;
      else if (lexicon.you.has(form)) you++;
    }
  }
  return { me, you };
}

function contextPatterns(context: FirstAskContext): RegExp[] {
  const cues: string[] = [];
  const mutual = context.mutualName?.trim() ?? '';
  if (mutual) cues.push(mutual, mutual.split(/\s+/)[0] ?? '');
  if (context.company?.trim()) cues.push(context.company.trim());
  for (const word of fold(context.howWeKnow ?? '').split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= 4 && !CONNECTION_STOPWORDS.has(word)) cues.push(word);
  }
  return cues.filter((cue) => cue.length >= 2).map((cue) => phrasePattern(literal(cue)));
}

/** Checks a draft first ask. `language` is the draft's ('fr-CA' → French; others → English). */
export function checkFirstAsk(text: string, language: string, context: FirstAskContext = {}): FirstAskCheck {
  const code = chatLanguageOf(language);
  const lexicon = FIRST_ASK_LEXICON[code];
  const count = words(text, code).length;
  const body = sentences(withoutGreeting(text, code), code);
  const opening = body.slice(0, 2).join(' ');
  const jobPhrase = findPhrase(text, lexicon.jobRequest);
  const connected = findPhrase(opening, [...contextPatterns(context), ...lexicon.connection]) !== null;
  const asks = body.some(
    (sentence) => sentence.includes('?') && findPhrase(sentence, lexicon.pleasantry) === null,
  );
  const { me, you } = pronounCounts(text, code, lexicon);
  // "I'd love to…" is unavoidable in a polite ask, so the bar is two "you" for every three
  // "I", not more "you" than "I": what this catches is the draft that is about the sender.
  const aboutThem = you > 0 && you * 3 >= me * 2;
  const ok: Record<FirstAskPointId, boolean> = {
    short: count <= FIRST_ASK_MAX_WORDS,
    noJobRequest: jobPhrase === null,
    connectionFirst: connected,
    askIsQuestion: asks,
    aboutThem,
  };
  return {
    language: code,
    points: FIRST_ASK_POINTS.map((id) => ({ id, ok: ok[id] })),
    words: count,
    meCount: me,
    youCount: you,
    jobPhrase,
  };
}
