// Writing into LinkedIn's message composer so that its editor notices. Setting innerText leaves
// Send disabled; the editor listens to beforeinput/input and paste. An ordered chain of
// strategies, each checked by reading the text back: the first that lands whole wins.
import { insertLineByLine, isFirefox } from './firefox';

export function normalise(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function landed(editor: HTMLElement, text: string): boolean {
  return normalise(editor.innerText ?? editor.textContent ?? '') === normalise(text);
}

function selectAll(editor: HTMLElement): void {
  editor.focus();
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  selection.removeAllRanges();
  selection.addRange(range);
}

type Strategy = { name: string; run: (editor: HTMLElement, text: string) => void };

const STRATEGIES: Strategy[] = [
  {
    // Fires beforeinput and input like typing; undoable with Ctrl+Z.
    name: 'execCommand',
    run(editor, text) {
      selectAll(editor);
      const doc = editor.ownerDocument;
      if (isFirefox()) insertLineByLine(doc, text);
      else doc.execCommand('insertText', false, text);
    },
  },
  {
    // Editors that take text only through their paste handler.
    name: 'paste',
    run(editor, text) {
      selectAll(editor);
      const data = new DataTransfer();
      data.setData('text/plain', text);
      editor.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
  },
  {
    // Last resort: paragraphs built as DOM (never HTML strings), then an input event.
    name: 'dom',
    run(editor, text) {
      const doc = editor.ownerDocument;
      const paragraphs = text.split('\n').map((line) => {
        const p = doc.createElement('p');
        if (line) p.textContent = line;
        else p.append(doc.createElement('br'));
        return p;
      });
      editor.replaceChildren(...paragraphs);
      editor.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }),
      );
    },
  },
];

export function fillContentEditable(editor: HTMLElement, text: string): string | null {
  for (const strategy of STRATEGIES) {
    try {
      strategy.run(editor, text);
    } catch {
      continue;
    }
    if (landed(editor, text)) return strategy.name;
  }
  return null;
}
