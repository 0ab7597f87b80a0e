// Tens of thousands of writes in one transaction, so an import stays all-or-nothing and still
// takes seconds. Chromium spends 80–180 µs of its browser process on each IndexedDB request (a
// busy 2-core machine), so the cost is in how requests are issued: never an awaited round trip
// per record, never a promise per request. Requests go straight to the raw store in windows; the
// first request of each window, once it succeeds, issues the next window, so the database always
// has work queued while the worker builds more, and the worker stays free to hear a cancel and
// report progress.

/** Requests in one window; progress is reported once per window. */
export const WINDOW = 2_000;

export interface BulkOptions {
  /** Aborts the one transaction: nothing of the import stays. */
  signal?: AbortSignal | undefined;
  /** Records handled so far (written or skipped), about every {@link WINDOW} writes. */
  onProgress?: ((done: number) => void) | undefined;
}

type Tx = { abort(): void; done: Promise<void> };

/**
 * Issues every request `steps` yields (one step per record; `undefined` for a record skipped)
 * and resolves when the transaction has committed. Rejects, with nothing written, when a
 * request fails, a step throws, or `signal` aborts.
 */
export async function writeAll(tx: Tx, steps: Iterable<IDBRequest | undefined>, options: BulkOptions = {}) {
  const { signal, onProgress } = options;
  const iterator = steps[Symbol.iterator]();
  let handled = 0;
  let failure: unknown = null;
  const fail = (error: unknown) => {
    try {
      tx.abort();
      failure ??= error;
    } catch {
      // Too late: the transaction is committing (a cancel after the last write) or already
      // failed on its own. Its own outcome is the truth.
    }
  };
  const onAbort = () => fail(signal?.reason ?? new DOMException('The import was cancelled.', 'AbortError'));
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });

  const pump = () => {
    try {
      let first: IDBRequest | undefined;
      let firstAt = 0;
      for (let issued = 0; issued < WINDOW; ) {
        const step = iterator.next();
        if (step.done) return;
        handled++;
        if (!step.value) continue;
        if (!first) {
          first = step.value;
          firstAt = handled - 1;
        }
        issued++;
      }
      // Requests complete in order: when this window's first one is done, every earlier record is.
      first?.addEventListener('success', () => {
        onProgress?.(firstAt);
        pump();
      });
    } catch (error) {
      fail(error);
    }
  };
  if (!failure) pump();
  try {
    await tx.done;
  } catch (error) {
    throw failure ?? error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  onProgress?.(handled);
}

/** Resolves with the results of requests queued on a raw store, in one wait (they finish in order). */
export function resultsOf<T>(requests: IDBRequest<T>[]): Promise<T[]> {
  const last = requests.at(-1);
  if (!last) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    last.addEventListener('success', () => resolve(requests.map((r) => r.result)));
    last.addEventListener('error', () => reject(last.error));
  });
}
