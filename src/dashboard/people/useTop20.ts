import { useMemo, useRef, useState } from 'preact/hooks';
import { top20Order } from '../../coach/top20';
import { errorText } from '../../model';
import { send } from '../../platform/send';
import { useData } from '../data';

export interface Top20State {
  /** Contact ids in rank order, including a change still being saved. */
  order: string[];
  /** Saves a new order and announces `message` to screen readers at once. */
  save: (next: string[], message: string) => Promise<void>;
  error: string | null;
}

/** The Top 20 order with optimistic updates: a move shows at once, saves run one after another. */
export function useTop20(announce: (message: string) => void): Top20State {
  const { data, reload } = useData();
  const saved = useMemo(() => top20Order(data.contacts), [data.contacts]);
  const [pending, setPending] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(0);

  const save = (next: string[], message: string): Promise<void> => {
    const mine = ++latest.current;
    setPending(next);
    setError(null);
    announce(message);
    queue.current = queue.current.then(async () => {
      try {
        await send('top20.set', { ids: next });
        if (mine === latest.current) await reload();
      } catch (e) {
        setError(errorText(e));
        await reload();
      } finally {
        if (mine === latest.current) setPending(null);
      }
    });
    return queue.current;
  };

  return { order: pending ?? saved, save, error };
}
