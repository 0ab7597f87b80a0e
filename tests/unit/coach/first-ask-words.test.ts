import { describe, expect, it } from 'vitest';
import { CHAT_LANGUAGES } from '../../../src/coach/chat-language';
import { checkFirstAsk, FIRST_ASK_POINTS } from '../../../src/coach/first-ask';
import { FIRST_ASK_WORDS, firstAskAdvice } from '../../../src/coach/first-ask-words';

const longDraft = `Hello,\n\n${'I am looking for a new role and I would like to tell you about my experience. '.repeat(8)}`;

describe('what the first-ask check tells the user', () => {
  it('has words for every point, done and not yet, in every language', () => {
    for (const language of CHAT_LANGUAGES) {
      for (const id of FIRST_ASK_POINTS) {
        const entry = FIRST_ASK_WORDS[language][id];
        expect(entry.ok.trim(), `${language} ${id}`).not.toBe('');
        expect(entry.notYet.trim(), `${language} ${id}`).not.toBe('');
        expect(entry.ok).not.toBe(entry.notYet);
      }
    }
  });

  it('says the numbers and the phrase it found, in the words of the draft', () => {
    const check = checkFirstAsk(longDraft, 'en');
    const advice = firstAskAdvice(check, 'en');
    expect(advice.map((a) => a.id)).toEqual([...FIRST_ASK_POINTS]);
    expect(advice[0]?.text).toBe(`Over 100 words (${check.words}): shorter gets more replies`);
    expect(advice[1]?.text).toMatch(/^“looking for a new role” reads as asking for a job/);
    expect(advice[4]?.text).toBe(
      `Mostly about you (${check.meCount} × I/my, ${check.youCount} × you/your): add a line about their work`,
    );
  });

  it('praises what the draft already does', () => {
    const check = checkFirstAsk('Sam Lee suggested I write to you. Would you have 20 minutes?', 'en', {
      mutualName: 'Sam Lee',
    });
    expect(firstAskAdvice(check, 'en').map((a) => `${a.ok ? '✓' : '·'} ${a.text}`)).toEqual([
      '✓ Within 100 words (12)',
      '✓ Asks for advice, not a job',
      '✓ Opens with what you have in common',
      '✓ The ask is a question',
      '✓ More about them than about you',
    ]);
  });

  it('leaves no placeholder unfilled in any language', () => {
    const check = checkFirstAsk(longDraft, 'en');
    for (const language of CHAT_LANGUAGES) {
      for (const advice of firstAskAdvice(check, language)) expect(advice.text).not.toMatch(/[{}]/);
    }
  });

  it('speaks German, French and Spanish, with French spacing', () => {
    const check = checkFirstAsk(longDraft, 'en');
    expect(firstAskAdvice(check, 'de')[0]?.text).toBe(
      `Über 100 Wörter (${check.words}): Kürzere Nachrichten bekommen mehr Antworten`,
    );
    expect(firstAskAdvice(check, 'fr')[0]?.text).toBe(
      `Plus de 100 mots (${check.words})\u202f: un message court obtient plus de réponses`,
    );
    expect(firstAskAdvice(check, 'es')[3]?.text).toBe(
      'Plantea la petición como pregunta: «¿Tendría 20 minutos para una llamada?»',
    );
    expect(firstAskAdvice(check, 'it')[0]?.text).toMatch(/^Over 100 words/);
  });
});
