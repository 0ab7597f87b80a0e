import { describe, expect, it } from 'vitest';
import { CHAT_LANGUAGES, chatLanguageOf } from '../../../src/coach/chat-language';
import {
  defaultQuestionBank,
  defaultQuestions,
  QUESTION_GROUPS,
  QUESTION_IDS,
} from '../../../src/coach/questions';

describe('the question bank for a coffee chat', () => {
  it('has every question in every language, none of them empty', () => {
    for (const language of CHAT_LANGUAGES) {
      const questions = defaultQuestions(language);
      expect(questions.map((q) => q.id)).toEqual([...QUESTION_IDS]);
      for (const question of questions)
        expect(question.text.trim(), `${language} ${question.id}`).not.toBe('');
    }
  });

  it('offers a dozen or so questions, each one different in each language', () => {
    expect(QUESTION_IDS.length).toBeGreaterThanOrEqual(12);
    expect(QUESTION_IDS.length).toBeLessThanOrEqual(15);
    for (const language of CHAT_LANGUAGES) {
      expect(new Set(defaultQuestions(language).map((q) => q.text)).size).toBe(QUESTION_IDS.length);
    }
    // Translations, not copies: no German, French or Spanish question is the English one.
    const english = new Set(defaultQuestions('en').map((q) => q.text));
    for (const language of ['de', 'fr', 'es']) {
      for (const question of defaultQuestions(language)) expect(english.has(question.text)).toBe(false);
    }
  });

  it('writes every question as a question, the way each language punctuates it', () => {
    for (const question of defaultQuestions('en')) expect(question.text).toMatch(/\S\?$/);
    for (const question of defaultQuestions('de')) expect(question.text).toMatch(/\S\?$/);
    // French: a narrow no-break space before the question mark, so it never wraps alone.
    for (const question of defaultQuestions('fr')) expect(question.text).toMatch(/\S\u202f\?$/);
    // Spanish opens the question with ¿.
    for (const question of defaultQuestions('es')) expect(question.text).toMatch(/^¿[^?]+\?$/);
  });

  it('ends on who else to talk to, because that question brings the next chats', () => {
    for (const language of CHAT_LANGUAGES) {
      const questions = defaultQuestions(language);
      expect(questions.at(-1)?.id).toBe('leads.whoElse');
    }
    expect(defaultQuestions('en').at(-1)?.text).toBe('Who else would you suggest I talk to?');
  });

  it('asks strangers politely: Sie, vous and usted, never du, tu or tú', () => {
    const de = defaultQuestions('de').map((q) => q.text);
    expect(de.join(' ')).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
    expect(de.filter((text) => /\b(Sie|Ihnen|Ihr\w*)\b/.test(text)).length).toBeGreaterThan(8);
    const fr = defaultQuestions('fr').map((q) => q.text);
    expect(fr.join(' ')).not.toMatch(/(^|\s)(tu|te|toi|ton|ta|tes|t’)(\s|$)/i);
    expect(fr.filter((text) => /\b(vous|votre|vos)\b/.test(text)).length).toBeGreaterThan(8);
    const es = defaultQuestions('es').map((q) => q.text);
    expect(es.join(' ')).not.toMatch(/(^|[\s¿])(tú|tu|tus|te|ti)(?=[\s,?])/i);
  });

  it('groups the questions in the order a chat flows, every group used', () => {
    for (const language of CHAT_LANGUAGES) {
      const bank = defaultQuestionBank(language);
      expect(bank.groups.map((g) => g.id)).toEqual([...QUESTION_GROUPS]);
      for (const group of bank.groups) {
        expect(group.title).not.toBe('');
        expect(group.questions.length).toBeGreaterThan(0);
        for (const question of group.questions) expect(question.group).toBe(group.id);
      }
      expect(bank.groups.flatMap((g) => g.questions)).toEqual(defaultQuestions(language));
    }
  });

  it('picks the language from a browser tag and falls back to English', () => {
    expect(chatLanguageOf('de-AT')).toBe('de');
    expect(chatLanguageOf('es-419')).toBe('es');
    expect(chatLanguageOf('fr_CA')).toBe('fr');
    expect(chatLanguageOf('pt-BR')).toBe('en');
    expect(defaultQuestionBank('ja').language).toBe('en');
    expect(defaultQuestions('ja')).toEqual(defaultQuestions('en'));
    expect(defaultQuestions('de-CH')[0]?.text).toBe('Wie sind Sie eigentlich zu dieser Arbeit gekommen?');
  });
});
