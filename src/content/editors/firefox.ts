// Firefox's execCommand('insertText') puts a multi-line string into a contenteditable as one
// text node with raw newlines, which LinkedIn's editor then collapses into one line. Inserting
// line by line with insertParagraph between keeps the paragraphs.
export function insertLineByLine(doc: Document, text: string): boolean {
  const lines = text.split('\n');
  let ok = true;
  lines.forEach((line, index) => {
    if (index > 0) ok = doc.execCommand('insertParagraph') && ok;
    if (line) ok = doc.execCommand('insertText', false, line) && ok;
  });
  return ok;
}

export function isFirefox(): boolean {
  return navigator.userAgent.includes('Firefox/');
}
