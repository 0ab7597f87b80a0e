// A small notice on the LinkedIn page, in a shadow root so LinkedIn's styles and ours never meet:
// "Dana replied — mark as replied", "Logged — Undo". Built with textContent only; one at a time.
const HOST_ID = 'coffee-chat-coach-notice';

const STYLE = `
:host { all: initial; position: fixed; inset-inline-start: 16px; bottom: 16px; z-index: 2147483000; }
.notice { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; max-width: min(420px, calc(100vw - 32px));
  font: 13px/1.4 system-ui, sans-serif; color: #1d2226; background: #fff8e6; border: 1px solid #e7c873;
  border-radius: 10px; padding: 8px 12px; box-shadow: 0 2px 8px rgb(0 0 0 / 15%); overflow-wrap: anywhere; }
.notice::before { content: "☕"; }
button { font: inherit; border: 1px solid #8a5a00; background: #fff; color: #5c3c00; border-radius: 999px; padding: 2px 10px; cursor: pointer; }
button:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .notice { color: #f3f2ef; background: #3a2f14; border-color: #8a6d1f; }
  button { background: #1d2226; color: #f0c35a; border-color: #f0c35a; }
}`;

export interface NoticeAction {
  label: string;
  run: () => void;
}

export function showNotice(text: string, actions: NoticeAction[], signal: AbortSignal): void {
  removeNotice();
  const host = document.createElement('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  const words = document.createElement('span');
  words.dir = 'auto';
  words.textContent = text;
  box.append(words);
  for (const action of actions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run, { signal });
    box.append(button);
  }
  root.append(style, box);
  document.body.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
}

export function removeNotice(): void {
  document.getElementById(HOST_ID)?.remove();
}
