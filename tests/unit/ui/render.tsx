// Renders a Preact tree into happy-dom and waits for the async loads it starts.
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

export async function mount(tree: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => {
    render(tree, root);
  });
  await settle();
  return root;
}

/** Lets pending promises (fake IndexedDB, sendMessage) and Preact's re-renders run. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export function byText(root: ParentNode, text: string, selector = '*'): HTMLElement | null {
  return (
    [...root.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent?.trim() === text) ?? null
  );
}
