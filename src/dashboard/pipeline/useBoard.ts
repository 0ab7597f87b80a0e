import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, type Opportunity } from '../../model';
import { send } from '../../platform/send';
import { useData } from '../data';
import { merge } from './board';

export interface BoardState {
  cards: Opportunity[];
  /** Shows the changed cards at once, announces `message`, then saves them. */
  save: (changed: Opportunity[], message: string) => Promise<void>;
  remove: (id: string, message: string) => Promise<void>;
  error: string | null;
}

/** The pipeline with optimistic moves; saves run one after another, the last one reloads. */
export function useBoard(announce: (message: string) => void): BoardState {
  const { data, reload } = useData();
  const [cards, setCards] = useState(data.opportunities);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(0);
  useEffect(() => setCards(data.opportunities), [data.opportunities]);

  const run = (work: () => Promise<unknown>): Promise<void> => {
    const mine = ++latest.current;
    setError(null);
    queue.current = queue.current.then(async () => {
      try {
        await work();
        if (mine === latest.current) await reload();
      } catch (e) {
        setError(errorText(e));
        await reload();
      }
    });
    return queue.current;
  };

  return {
    cards,
    error,
    save: (changed, message) => {
      announce(message);
      if (changed.length === 0) return Promise.resolve();
      const known = new Set(cards.map((o) => o.id));
      setCards([...merge(cards, changed), ...changed.filter((o) => !known.has(o.id))]);
      return run(() => send('opportunities.save', { opportunities: changed }));
    },
    remove: (id, message) => {
      announce(message);
      setCards(cards.filter((o) => o.id !== id));
      return run(() => send('opportunity.delete', { id }));
    },
  };
}
