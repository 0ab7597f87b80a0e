import { describe, expect, it } from 'vitest';
import { parseDegreeLabel, parseDegreeMarker } from '../../../src/linkedin/degree';

const markers: [string, string, 1 | 2 | 3][] = [
  ['en', '· 1st', 1],
  ['en', '· 2nd', 2],
  ['en', '3rd', 3],
  ['en', '· 3rd+', 3],
  ['en', '• 2nd', 2],
  ['de', '· 1.', 1],
  ['de', '2.', 2],
  ['de', '· 3.+', 3],
  ['fr', '· 1er', 1],
  ['fr', '2e', 2],
  ['fr', '· 3e et plus', 3],
  ['fr', '3e+', 3],
  ['es', '· 1er', 1],
  ['es', '2º', 2],
  ['es', '· 3º y más', 3],
  ['it', '· 1°', 1],
  ['it', '2°', 2],
  ['it', '3° e oltre', 3],
  ['pl', '· 1.', 1],
  ['pl', '· 3.', 3],
  ['pl', ' • 2', 2],
  ['pt', '· 1º', 1],
  ['pt', '2ª', 2],
  ['pt', '3º ou mais', 3],
  ['ko', '1촌', 1],
];

describe('parseDegreeMarker', () => {
  it.each(markers)('%s "%s" is degree %i', (_lang, text, degree) => {
    expect(parseDegreeMarker(text)).toBe(degree);
  });

  it.each(['26', '500+', '·', '', 'Design Lead', '1st Lieutenant at Army', '12th', '2nd career, 1st love'])(
    '"%s" is not a degree marker (connection counts, headlines)',
    (text) => {
      expect(parseDegreeMarker(text)).toBeNull();
    },
  );
});

describe('parseDegreeLabel', () => {
  it.each([
    ['2nd degree connection', 2],
    ['3rd+ degree connection', 3],
    ['Kontakt 2. Grades', 2],
    ['Kontakt 1. stopnia', 1],
    ['Relation de 3e niveau et plus', 3],
    ['Contacto de 2º grado', 2],
    ['Collegamento di 1° grado', 1],
    ['Conexão de 3º grau ou mais', 3],
    ['Kontakt 3. stopnia i dalszego', 3],
  ] as const)('badge label "%s" is degree %i', (text, degree) => {
    expect(parseDegreeLabel(text)).toBe(degree);
  });

  it('has no degree in a label without a digit', () => {
    expect(parseDegreeLabel('Out of network')).toBeNull();
  });
});
