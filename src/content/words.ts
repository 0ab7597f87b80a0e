// The texts the content script shows on LinkedIn's pages, fetched once from the background
// (`words.get`, the keys in ui/content-words.ts) before the first badge: see `useWords` in
// ui/i18n.ts for why. A key missing there still works, through the i18n API, at the cost the
// list avoids; the bundle test (tests/browser/bundles.test.ts) keeps the list complete.
import { send } from '../platform/send';
import { useWords } from '../ui/i18n';

/** Takes the texts from the background; if it cannot answer, `t` asks the i18n API as before. */
export async function loadWords(): Promise<void> {
  try {
    useWords(await send('words.get', {}));
  } catch {
    // Nothing lost: every text is still found, only more slowly.
  }
}
