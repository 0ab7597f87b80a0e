import { send } from '../../platform/send';
import { t } from '../../ui/i18n';

/**
 * How an import ended when it did not simply finish. An import is one transaction, so each of
 * these is whole: `cancelled` and `interrupted` changed nothing, `landed` brought in everything.
 */
export type Outcome = 'cancelled' | 'interrupted' | 'landed' | 'unknown';

/** The worker stopped before it answered: the import's receipt says whether it landed. */
export async function afterInterruption(jobId: string): Promise<Outcome> {
  try {
    return (await send('import.status', { jobId })).landed ? 'landed' : 'interrupted';
  } catch {
    return 'unknown';
  }
}

function text(outcome: Outcome): string {
  switch (outcome) {
    case 'cancelled':
      return t('data_importCancelled');
    case 'interrupted':
      return t('data_importInterrupted');
    case 'landed':
      return t('data_importLandedUnanswered');
    case 'unknown':
      return t('data_importOutcomeUnknown');
  }
}

export function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const calm = outcome === 'cancelled' || outcome === 'landed';
  return (
    <p role={calm ? 'status' : 'alert'} class={outcome === 'landed' ? 'good' : calm ? 'muted' : 'error'}>
      {text(outcome)}
    </p>
  );
}
