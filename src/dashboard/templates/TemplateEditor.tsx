import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CoachLocale } from '../../coach/locale';
import { type Contact, errorText, type Me, type UserTemplate } from '../../model';
import { send } from '../../platform/send';
import { checkTemplate, renderTemplate } from '../../templates/render';
import { t } from '../../ui/i18n';
import { hasSubject, parseMaxLength, type TemplateDraft, toUserTemplate } from './draft';
import { isFirstAsk } from './FirstAskCheck';
import { samplePerson } from './labels';
import { ProblemList } from './ProblemList';
import { type EditorProblem, editorProblems, insertAt, isError, offsetAt } from './problems';
import { contactContext, sampleContext } from './sample';
import { TemplateFields } from './TemplateFields';
import { TemplatePreview } from './TemplatePreview';
import { VariableReference } from './VariableReference';
import type { ReferenceItem } from './variables';

interface Props {
  initial: TemplateDraft;
  /** The language the user's templates are written in (Settings). */
  language: CoachLocale;
  me: Me;
  contacts: Contact[];
  onSaved: (template: UserTemplate) => void;
  onCancel: () => void;
}

type Field = 'body' | 'subject';
/** Enough people to preview with, without a select of ten thousand options. */
const PREVIEW_CONTACTS = 200;

function tryRender(source: string, context: unknown): string | null {
  try {
    return renderTemplate(source, context);
  } catch {
    return null;
  }
}

export function TemplateEditor({ initial, language, me, contacts, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [previewFor, setPreviewFor] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fields = { body: useRef<HTMLTextAreaElement>(null), subject: useRef<HTMLInputElement>(null) };
  const lastField = useRef<Field>('body');
  const caret = useRef<{ field: Field; start: number; end: number } | null>(null);

  const recent = useMemo(
    () => [...contacts].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, PREVIEW_CONTACTS),
    [contacts],
  );
  const person = recent.find((c) => c.id === previewFor) ?? null;
  const context = useMemo(
    () => (person ? contactContext(person, me, Date.now()) : sampleContext(me, samplePerson())),
    [person, me],
  );
  const withSubject = hasSubject(draft.channel);
  const bodyProblems = useMemo(
    () => editorProblems(checkTemplate(draft.body, context)),
    [draft.body, context],
  );
  const subjectProblems = useMemo(
    () => (withSubject ? editorProblems(checkTemplate(draft.subject, context)) : []),
    [withSubject, draft.subject, context],
  );
  const body = useMemo(() => tryRender(draft.body, context), [draft.body, context]);
  const subject = useMemo(
    () => (withSubject ? (tryRender(draft.subject, context) ?? '') : null),
    [withSubject, draft.subject, context],
  );
  const blocked = [...bodyProblems, ...subjectProblems].some(isError);
  const record = toUserTemplate(draft, Date.now());

  useLayoutEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const element = fields[pending.field].current;
    element?.focus();
    element?.setSelectionRange(pending.start, pending.end);
  });

  const insert = (item: ReferenceItem) => {
    const field = withSubject ? lastField.current : 'body';
    const element = fields[field].current;
    const value = draft[field];
    const next = insertAt(
      value,
      element?.selectionStart ?? value.length,
      element?.selectionEnd ?? value.length,
      item.snippet,
      item.caret,
    );
    caret.current = { field, start: next.cursor, end: next.cursor };
    setDraft({ ...draft, [field]: next.value });
  };
  const jump = (field: Field) => (problem: EditorProblem) => {
    const at = offsetAt(draft[field], problem.line, problem.column);
    const element = fields[field].current;
    element?.focus();
    element?.setSelectionRange(at, at);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    if (blocked || !record) return;
    try {
      onSaved(await send('template.save', { template: { ...record, updatedAt: Date.now() } }));
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  const whyNot = blocked
    ? t('tpl_saveBlocked')
    : draft.title.trim() === ''
      ? t('tpl_needTitle')
      : parseMaxLength(draft.maxLength) === undefined
        ? t('tpl_badLimit')
        : null;
  return (
    <form class="tpl-editor" onSubmit={save} aria-labelledby="tpl-editor-h">
      <div class="stack">
        <h3 id="tpl-editor-h">{initial.title ? t('tpl_editing', initial.title) : t('tpl_newTitle')}</h3>
        <TemplateFields
          draft={draft}
          onChange={setDraft}
          bodyRef={fields.body}
          subjectRef={fields.subject}
          bodyInvalid={bodyProblems.some(isError)}
          subjectInvalid={subjectProblems.some(isError)}
          onFocusField={(field) => {
            lastField.current = field;
          }}
          subjectProblems={
            <ProblemList id="tpl-subject-problems" problems={subjectProblems} onJump={jump('subject')} />
          }
          bodyProblems={<ProblemList id="tpl-body-problems" problems={bodyProblems} onJump={jump('body')} />}
        />
        <div class="row">
          <button type="submit" class="primary" disabled={whyNot !== null} aria-describedby="tpl-why-not">
            {t('tpl_save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <span id="tpl-why-not" class="muted">
            {whyNot}
          </span>
        </div>
        {error && (
          <p role="alert" class="error">
            {t('tpl_saveFailed', error)}
          </p>
        )}
      </div>
      <div class="stack">
        <section aria-labelledby="tpl-preview-h">
          <h4 id="tpl-preview-h">{t('tpl_previewTitle')}</h4>
          <label for="tpl-preview-for">{t('tpl_previewFor')}</label>
          <select
            id="tpl-preview-for"
            value={previewFor}
            onChange={(e) => setPreviewFor(e.currentTarget.value)}
          >
            <option value="">{t('tpl_previewSample', samplePerson().fullName)}</option>
            {recent.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <TemplatePreview
            subject={subject}
            body={body}
            maxLength={parseMaxLength(draft.maxLength) ?? null}
            firstAsk={
              isFirstAsk(draft.kind)
                ? {
                    language,
                    context: {
                      mutualName: context.mutual?.fullName ?? null,
                      company: context.person.company,
                      howWeKnow: context.person.howWeKnow,
                    },
                  }
                : null
            }
          />
        </section>
        <VariableReference language={language} onInsert={insert} />
      </div>
    </form>
  );
}
