// Realistic Connections.csv text, built in code so line ends (CRLF vs LF) and the BOM are
// explicit rather than at the mercy of an editor or git's autocrlf. Names are fictional.

export const PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

export const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
export const OLD_HEADER = 'First Name,Last Name,Email Address,Company,Position,Connected On';

export const ROWS = [
  'Dana,Okafor,https://www.linkedin.com/in/dana-okafor-1a2b3c,,"Acme, Inc.",Head of Growth,14 Feb 2019',
  'Lee,Wong,https://www.linkedin.com/in/leewong,lee@example.com,Globex,"Senior ""Data"" Analyst",1 Jan 2026',
  'Mia,Schäfer,https://www.linkedin.com/in/mia-sch%C3%A4fer-42,,Initech,Product Manager,03 Nov 2025',
];

export const join = (lines: string[], eol: '\n' | '\r\n' = '\r\n'): string => `${lines.join(eol)}${eol}`;

/** `n` plain rows: a name, a URL, a company with a comma, a date. */
export function manyRows(n: number, positionLength = 20): string[] {
  const filler = 'x'.repeat(positionLength);
  return Array.from(
    { length: n },
    (_, i) =>
      `First${i},Last${i},https://www.linkedin.com/in/person-${i},${i % 3 === 0 ? `p${i}@example.com` : ''},"Company ${i % 97}, Ltd","Role ${filler}",${(i % 28) + 1} Mar 2021`,
  );
}
