import { describe, expect, it } from 'vitest';
import { TEMPLATE_HELPERS } from '../../../src/templates/helpers/index';
import { renderTemplate } from '../../../src/templates/render';
import { handlebarsRender } from './oracle';

// How a user's own words join a template's sentences: {{sentence}} where a field stands as a
// sentence of its own, {{phrase}} where it sits inside one.
const call = (name: string, value: unknown, hash: Record<string, unknown> = {}) =>
  TEMPLATE_HELPERS[name]?.(value, { hash });

describe('{{sentence}}: the text as a whole sentence', () => {
  it('adds a full stop when the text has no final punctuation', () => {
    expect(call('sentence', 'could I ask how you moved into research')).toBe(
      'Could I ask how you moved into research.',
    );
    expect(call('sentence', 'We taught together at Lincoln High, 2016–2020')).toBe(
      'We taught together at Lincoln High, 2016–2020.',
    );
  });

  it('keeps a final full stop, question mark, exclamation mark or ellipsis', () => {
    for (const text of ['We met at Acme.', 'Could I ask you?', 'What a year!', 'And then…', 'Well...'])
      expect(call('sentence', text)).toBe(text);
    expect(call('sentence', 'Pourriez-vous me raconter votre parcours\u00a0?')).toBe(
      'Pourriez-vous me raconter votre parcours\u00a0?',
    );
    expect(call('sentence', 'She said “yes.”')).toBe('She said “yes.”');
    expect(call('sentence', '(we met in 2016.)')).toBe('(We met in 2016.)');
  });

  it('turns a trailing comma, semicolon or colon into a full stop', () => {
    expect(call('sentence', 'we met at Acme,')).toBe('We met at Acme.');
    expect(call('sentence', 'we met at Acme ;')).toBe('We met at Acme.');
    expect(call('sentence', 'my question:')).toBe('My question.');
  });

  it('closes a Spanish question or exclamation with its own mark', () => {
    expect(call('sentence', '¿podría contarme cómo empezó')).toBe('¿Podría contarme cómo empezó?');
    expect(call('sentence', '¡qué buena noticia,')).toBe('¡Qué buena noticia!');
  });

  it('capitalises the first letter, also after an opening mark', () => {
    expect(call('sentence', '¿podría contarme cómo empezó?')).toBe('¿Podría contarme cómo empezó?');
    expect(call('sentence', '„wir haben zusammen gelernt“')).toBe('„Wir haben zusammen gelernt“.');
    expect(call('sentence', 'élève de votre classe en 2012')).toBe('Élève de votre classe en 2012.');
  });

  it('leaves words with a capital inside alone, and symbols at the end', () => {
    expect(call('sentence', 'iPhone apps were our thing')).toBe('iPhone apps were our thing.');
    expect(call('sentence', 'thanks again 🙂')).toBe('Thanks again 🙂');
  });

  it('is empty for empty or missing text', () => {
    for (const value of ['', '   ', null, undefined, 3, ['a']]) expect(call('sentence', value)).toBe('');
    expect(TEMPLATE_HELPERS.sentence?.({ hash: {} })).toBe('');
  });
});

describe('{{phrase}}: the text inside a sentence', () => {
  it('drops trailing full stops, commas, semicolons and colons, keeping an ellipsis', () => {
    expect(call('phrase', 'product management.')).toBe('product management');
    expect(call('phrase', 'health tech,  ')).toBe('health tech');
    expect(call('phrase', 'fintech;')).toBe('fintech');
    expect(call('phrase', 'design, research, and so on...')).toBe('design, research, and so on...');
  });

  it('lowercases a capitalised first word when nothing says it is a name', () => {
    expect(call('phrase', 'Product management in health tech.')).toBe('product management in health tech');
    expect(call('phrase', 'Énergies renouvelables')).toBe('énergies renouvelables');
    expect(call('phrase', 'Investigación UX en salud digital')).toBe('investigación UX en salud digital');
    expect(call('phrase', 'Full-stack development')).toBe('full-stack development');
  });

  it('keeps the case of acronyms, names and titles', () => {
    for (const text of [
      'UX research',
      'Head of Product',
      'Senior Product Manager',
      'Acme',
      'Marketing',
      'McKinsey consulting',
      "Google's cloud team",
      'Product manager at Acme',
      'iOS development',
    ])
      expect(call('phrase', text)).toBe(text);
  });

  it('only trims with keepCase=true, for languages that capitalise nouns', () => {
    expect(call('phrase', 'Produktmanagement im Gesundheitswesen.', { keepCase: true })).toBe(
      'Produktmanagement im Gesundheitswesen',
    );
  });

  it('is empty for empty or missing text', () => {
    for (const value of ['', ' . ', null, undefined, 0]) expect(call('phrase', value)).toBe('');
  });
});

describe('the years in French and Spanish', () => {
  it('reads after "il y a" and "hace"', () => {
    expect([0, 1, 1.4, 6].map((n) => call('ans', n))).toEqual(['moins d’un an', 'un an', 'un an', '6 ans']);
    expect([0, 1, 6].map((n) => call('años', n))).toEqual(['menos de un año', 'un año', '6 años']);
  });

  it('is empty when the number is unknown', () => {
    for (const value of [null, undefined, Number.NaN, -1, '3']) {
      expect(call('ans', value)).toBe('');
      expect(call('años', value)).toBe('');
    }
  });
});

describe('the new helpers render the same in the interpreter and in Handlebars', () => {
  const context = {
    me: { ask: 'could I ask you three questions', targetRole: 'Product management.' },
    person: { yearsSinceContact: 3 },
  };
  for (const source of [
    'Hi. {{sentence me.ask}} Bye.',
    'into {{phrase me.targetRole}} and {{phrase me.targetRole keepCase=true}}!',
    'il y a {{ans person.yearsSinceContact}}, hace {{años person.yearsSinceContact}}',
    '{{sentence (phrase me.targetRole)}}',
  ]) {
    it(source, () => {
      expect(renderTemplate(source, context)).toBe(handlebarsRender(source, context));
    });
  }
});
