// LinkedIn is a single-page app: the content script loads once and the route changes under it.
// History calls made by the page are invisible from the isolated world, so we watch what they
// change — the URL, observed on every title change and on popstate — and debounce, because
// SDUI rehydrates in several passes.
export function watchNavigation(onRoute: (url: string) => void, signal: AbortSignal, debounceMs = 150): void {
  let current = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (location.href === current) return;
    current = location.href;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!signal.aborted) onRoute(current);
    }, debounceMs);
  };
  const observer = new MutationObserver(check);
  const head = document.head ?? document.documentElement;
  observer.observe(head, { subtree: true, childList: true, characterData: true });
  addEventListener('popstate', check, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
