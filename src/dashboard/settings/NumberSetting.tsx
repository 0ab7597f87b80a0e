import { useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { parseWhole } from './fields';

interface Props {
  id: string;
  label: string;
  hint: string;
  value: number;
  range: { min: number; max: number };
  onCommit: (value: number) => void;
}

/** A number saved when the user commits it (Enter or leaving the field), once it is in range. */
export function NumberSetting({ id, label, hint, value, range, onCommit }: Props) {
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const parsed = parseWhole(text, range);
    setInvalid(parsed === null);
    if (parsed !== null && parsed !== value) onCommit(parsed);
  };
  return (
    <div>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={range.min}
        max={range.max}
        step={1}
        value={text}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={commit}
      />
      <p id={`${id}-hint`} class="muted">
        {hint}
      </p>
      {invalid && (
        <p id={`${id}-error`} role="alert" class="error">
          {t('settings_outOfRange', range.min, range.max)}
        </p>
      )}
    </div>
  );
}
