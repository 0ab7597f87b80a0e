// The text layer of an iCalendar file (RFC 5545 §3.1, §3.3.11): escaped TEXT values, content
// lines folded at 75 octets, CRLF endings. Calendar apps are strict about these: a bare LF or
// a line split inside a UTF-8 character makes Outlook and some phones drop the event.

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * A TEXT property value: backslash, semicolon and comma escaped, every kind of line break as
 * `\n`. Other control characters are not allowed in TEXT at all, so they are dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so no physical line exceeds 75 octets (the leading space of a
 * continuation counts). Splits only between code points, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** The whole file: folded lines, each ended by CRLF (the last one too, as RFC 5545 requires). */
export function joinContentLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join('');
}
