// The popup closes as soon as the user clicks into LinkedIn; the side panel stays open beside it.
import { useState } from 'preact/hooks';
import { errorText } from '../../model';
import { openSidePanel } from '../../platform/tab';
import { t } from '../i18n';

export function OpenSidePanel({ tabId }: { tabId: number | null }) {
  const [problem, setProblem] = useState<string | null>(null);
  const open = async () => {
    try {
      if (await openSidePanel(tabId)) window.close();
      else setProblem(t('sidePanelUnavailable'));
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void open()} title={problem ?? undefined}>
        {t('openSidePanel')}
      </button>
      {problem && (
        <span class="error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
