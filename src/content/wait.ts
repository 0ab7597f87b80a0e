/**
 * Resolves with `probe()`'s first non-null answer, re-probing as the page changes (throttled to
 * one probe per animation-ish tick), or with null after `timeoutMs` or on abort.
 */
export function waitFor<T>(probe: () => T | null, signal: AbortSignal, timeoutMs = 8000): Promise<T | null> {
  return new Promise((resolve) => {
    const first = probe();
    if (first !== null) return resolve(first);
    let scheduled = false;
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        if (signal.aborted) return;
        const value = probe();
        if (value !== null) finish(value);
      }, 50);
    });
    observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    const timer = setTimeout(() => finish(probe()), timeoutMs);
    signal.addEventListener('abort', onAbort);
  });
}
