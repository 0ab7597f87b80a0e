// The question bank, edited as plain lines: one question per line, kept in the user's words;
// "Use the default questions" goes back to the set for the UI language.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { errorText } from '../../model';
import { send } from '../../platform/send';
import { t } from '../i18n';
import { type Status, StatusLine } from '../StatusLine';

export function QuestionBankEditor({
  onDone,
  onSaved,
}: {
  onDone: () => void;
  /** The bank as saved: the brief shows it at once, before the next reload. */
  onSaved?: (bank: { custom: boolean; questions: string[] }) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const [custom, setCustom] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => {
    send('questions.get', {}).then(
      (bank) => {
        setText(bank.questions.join('\n'));
        setCustom(bank.custom);
      },
      (error: unknown) => setStatus({ error: true, text: errorText(error) }),
    );
  }, []);
  useEffect(() => {
    if (text !== null) field.current?.focus();
  }, [text === null]);

  const save = async (questions: string[] | null) => {
    try {
      const bank = await send('questions.set', { questions });
      setText(bank.questions.join('\n'));
      setCustom(bank.custom);
      onSaved?.(bank);
      setStatus({ error: false, text: questions ? t('brief_questionsSaved') : t('brief_questionsReset') });
    } catch (error) {
      setStatus({ error: true, text: errorText(error) });
    }
  };
  const lines = (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

  if (text === null) return <StatusLine status={status} />;
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void save(lines);
      }}
    >
      <label for={id}>{t('brief_questionsEditLabel')}</label>
      <p class="muted" id={`${id}-hint`}>
        {t('brief_questionsEditHint')}
      </p>
      <textarea
        id={id}
        ref={field}
        rows={10}
        value={text}
        aria-describedby={`${id}-hint`}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="row">
        <button type="submit" class="primary" disabled={lines.length === 0}>
          {t('brief_questionsSave')}
        </button>
        {custom && (
          <button type="button" onClick={() => void save(null)}>
            {t('brief_questionsDefault')}
          </button>
        )}
        <button type="button" onClick={onDone}>
          {t('brief_questionsClose')}
        </button>
        <StatusLine status={status} inline />
      </div>
    </form>
  );
}
