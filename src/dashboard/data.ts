// The dashboard's view of the user's data, loaded through the background (the only owner of the
// database) and reloaded after every change a view makes. Views read from this, never from
// IndexedDB directly.
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import {
  type Chat,
  type Contact,
  errorText,
  type Goal,
  type Me,
  type Opportunity,
  type Outreach,
  type Settings,
  type TodayView,
  type UserTemplate,
} from '../model';
import { onDataChanged } from '../platform/changes';
import { send } from '../platform/send';

export interface DashboardData {
  goal: Goal | null;
  today: TodayView;
  settings: Settings;
  me: Me;
  contacts: Contact[];
  outreach: Outreach[];
  opportunities: Opportunity[];
  templates: UserTemplate[];
  chats: Chat[];
}

export async function loadDashboardData(): Promise<DashboardData> {
  const [goal, today, settings, me, contacts, outreach, opportunities, templates, chats] = await Promise.all([
    send('goal.get', {}),
    send('today.get', {}),
    send('settings.get', {}),
    send('me.get', {}),
    send('contacts.list', {}),
    send('outreach.list', {}),
    send('opportunities.list', {}),
    send('templates.list', {}),
    send('chats.list', {}),
  ]);
  return { goal, today, settings, me, contacts, outreach, opportunities, templates, chats };
}

export interface DataState {
  data: DashboardData | null;
  error: string | null;
  /** Reload everything after a change. */
  reload: () => Promise<void>;
}

export function useDashboardDataLoader(): DataState {
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const reload = useCallback(async () => {
    // One load at a time; changes announced during it load once more after it, not once each.
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = async () => {
      do {
        again.current = false;
        try {
          setData(await loadDashboardData());
          setError(null);
        } catch (e) {
          setError(errorText(e));
        }
      } while (again.current);
      running.current = null;
    };
    running.current = run();
    return running.current;
  }, []);
  useEffect(() => {
    void reload();
    // The user logs outreach in the popup while this tab waits in the background: show it when
    // they come back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    // Logged in the popup, the side panel or another tab: this one follows at once.
    const stop = onDataChanged(() => void reload());
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stop();
    };
  }, [reload]);
  return { data, error, reload };
}

export const DataContext = createContext<{ data: DashboardData; reload: () => Promise<void> } | null>(null);

/** Inside a dashboard view: the loaded data and a reload function. */
export function useData(): { data: DashboardData; reload: () => Promise<void> } {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData outside the dashboard');
  return value;
}
