import { useId } from 'preact/hooks';
import { checkFirstAsk, type FirstAskContext } from '../../coach/first-ask';
import { firstAskAdvice } from '../../coach/first-ask-words';
import type { OutreachKind } from '../../model';
import { t, uiLanguage } from '../../ui/i18n';

/** Messages that ask someone for a chat for the first time; follow-ups and thanks are not. */
const FIRST_ASKS: ReadonlySet<OutreachKind> = new Set([
  'coffee-chat',
  'inmail',
  'invitation-note',
  'reconnect',
]);

export const isFirstAsk = (kind: OutreachKind): boolean => FIRST_ASKS.has(kind);

interface Props {
  text: string;
  /** The language the message is written in (the template's). */
  language: string;
  context: FirstAskContext;
}

/**
 * What the draft already does for a first ask, and what it does not do yet (the 5-point email):
 * advice only, in the UI language; nothing is blocked or rewritten.
 */
export function FirstAskCheck({ text, language, context }: Props) {
  const heading = useId();
  const advice = firstAskAdvice(checkFirstAsk(text, language, context), uiLanguage());
  return (
    <section class="first-ask" aria-labelledby={heading}>
      <h4 id={heading}>{t('firstAsk_title')}</h4>
      <ul>
        {advice.map((point) => (
          <li key={point.id} class={point.ok ? 'first-ask-ok' : 'first-ask-todo'}>
            <span class="sr-only">{point.ok ? t('firstAsk_does') : t('firstAsk_notYet')} </span>
            {point.text}
          </li>
        ))}
      </ul>
      <p class="muted">{t('firstAsk_adviceOnly')}</p>
    </section>
  );
}
