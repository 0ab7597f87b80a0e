import type { ComponentChildren, RefObject } from 'preact';
import { CHANNELS, OUTREACH_KINDS } from '../../model';
import { t } from '../../ui/i18n';
import { hasSubject, MAX_LENGTH_LIMIT, type TemplateDraft } from './draft';
import { channelLabel, kindLabel } from './labels';

interface Props {
  draft: TemplateDraft;
  onChange: (draft: TemplateDraft) => void;
  bodyRef: RefObject<HTMLTextAreaElement | null>;
  subjectRef: RefObject<HTMLInputElement | null>;
  bodyInvalid: boolean;
  subjectInvalid: boolean;
  onFocusField: (field: 'body' | 'subject') => void;
  bodyProblems: ComponentChildren;
  subjectProblems: ComponentChildren;
}

/** The template's own fields: title, kind, channel, subject (InMail and email), body, limit. */
export function TemplateFields(props: Props) {
  const { draft, onChange } = props;
  const set =
    <K extends keyof TemplateDraft>(key: K) =>
    (value: TemplateDraft[K]) =>
      onChange({ ...draft, [key]: value });
  return (
    <>
      <div>
        <label for="tpl-title">{t('tpl_titleLabel')}</label>
        <input
          id="tpl-title"
          class="wide"
          required
          maxLength={200}
          value={draft.title}
          onInput={(e) => set('title')(e.currentTarget.value)}
        />
      </div>
      <div class="row">
        <div>
          <label for="tpl-kind">{t('tpl_kindLabel')}</label>
          <select
            id="tpl-kind"
            value={draft.kind}
            onChange={(e) => set('kind')(e.currentTarget.value as TemplateDraft['kind'])}
          >
            {OUTREACH_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="tpl-channel">{t('tpl_channelLabel')}</label>
          <select
            id="tpl-channel"
            value={draft.channel}
            onChange={(e) => set('channel')(e.currentTarget.value as TemplateDraft['channel'])}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {channelLabel(channel)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="tpl-max">{t('tpl_maxLabel')}</label>
          <input
            id="tpl-max"
            inputMode="numeric"
            size={6}
            value={draft.maxLength}
            aria-describedby="tpl-max-hint"
            onInput={(e) => set('maxLength')(e.currentTarget.value)}
          />
          <span id="tpl-max-hint" class="muted">
            {' '}
            {t('tpl_maxHint', MAX_LENGTH_LIMIT)}
          </span>
        </div>
      </div>
      {hasSubject(draft.channel) && (
        <div>
          <label for="tpl-subject">{t('tpl_subjectLabel')}</label>
          <input
            id="tpl-subject"
            class="wide mono"
            ref={props.subjectRef}
            maxLength={500}
            value={draft.subject}
            aria-invalid={props.subjectInvalid}
            aria-describedby="tpl-subject-problems"
            onFocus={() => props.onFocusField('subject')}
            onInput={(e) => set('subject')(e.currentTarget.value)}
          />
          {props.subjectProblems}
        </div>
      )}
      <div>
        <label for="tpl-body">{t('tpl_bodyLabel')}</label>
        <textarea
          id="tpl-body"
          class="mono"
          rows={14}
          ref={props.bodyRef}
          maxLength={20_000}
          value={draft.body}
          aria-invalid={props.bodyInvalid}
          aria-describedby="tpl-body-problems"
          onFocus={() => props.onFocusField('body')}
          onInput={(e) => set('body')(e.currentTarget.value)}
        />
        {props.bodyProblems}
      </div>
    </>
  );
}
