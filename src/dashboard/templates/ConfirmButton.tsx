import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';

interface Props {
  label: string;
  /** The question shown in place of the button, e.g. "Delete “Intro”?" */
  question: string;
  confirm: string;
  onConfirm: () => void;
}

/** A destructive action that asks once, inline: no modal to trap focus, no browser confirm(). */
export function ConfirmButton({ label, question, confirm, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="row">
      <span>{question}</span>
      <button
        type="button"
        class="primary"
        ref={yes}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}
