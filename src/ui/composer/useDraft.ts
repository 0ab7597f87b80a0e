// A draft survives the popup closing (it closes as soon as the user clicks into the page): the
// stored one is restored on open, and every edit is saved shortly after it is typed. A save
// that fails says so, so the user knows to copy the text before closing.
import { useEffect, useState } from 'preact/hooks';
import { type DraftState, restoreDraft, toStoredDraft } from '../../compose/draft';
import { errorText } from '../../model';
import { send } from '../../platform/send';
import { t } from '../i18n';

const SAVE_AFTER_MS = 300;

export function useDraftStore(
  key: string,
  state: DraftState,
  restore: (state: DraftState) => void,
): { problem: string | null } {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    send('draft.get', { key }).then(
      (stored) => stored && restore(restoreDraft(stored)),
      (error: unknown) => setProblem(t('draftLoadFailed', errorText(error))),
    );
  }, [key]);
  useEffect(() => {
    const draft = toStoredDraft(state, key, Date.now());
    if (!draft) return;
    const timer = setTimeout(() => {
      send('draft.save', { draft }).then(
        () => setProblem(null),
        (error: unknown) => setProblem(t('draftSaveFailed', errorText(error))),
      );
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [key, state]);
  return { problem };
}
