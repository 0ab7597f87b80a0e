// The composer for one person: the coach's advice, the recommended message filled in and
// editable, to whom it goes, and the actions around it. Shared by the popup and the side panel;
// the decisions live in src/compose (pure), this file holds the draft's state and lays it out.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { dayKey } from '../../coach/days';
import { invitationWarning } from '../../coach/stats';
import { templateChoices } from '../../compose/choices';
import {
  chosen,
  type DraftState,
  draftContext,
  initialDraft,
  mutualOptions,
  mutualView,
  pickTemplate,
  recipientOf,
  suggestionsOf,
  viewDraft,
} from '../../compose/draft';
import { type Interpreter, loadInterpreter } from '../../compose/render';
import type { Contact, ContactView, Me, PageReadView, Settings, TodayView, UserTemplate } from '../../model';
import { listShipped } from '../../templates/library';
import { ConfirmDialog } from '../ConfirmDialog';
import { InvitationWarning } from '../InvitationWarning';
import { problemText, t, templateLanguage, tPlural } from '../i18n';
import { CoachAdvice } from './CoachAdvice';
import { Companion } from './Companion';
import { ComposerActions } from './ComposerActions';
import { Gaps } from './Gaps';
import { RecipientLine } from './RecipientLine';
import { TemplatePicker } from './TemplatePicker';
import { useDraftStore } from './useDraft';
import { type Status, useInsert } from './useInsert';

interface Props {
  person: ContactView;
  read: PageReadView | null;
  tabId: number | null;
  me: Me;
  settings: Settings;
  userTemplates: UserTemplate[];
  onMe: (me: Me) => void;
  onContact: (contact: Contact) => void;
  onLogged: () => void;
  /** Today's and this week's counts: the invitation cap warns where invitation notes are drafted. */
  counts: TodayView | null;
}

export function Composer({
  person,
  read,
  tabId,
  me,
  settings,
  userTemplates,
  onMe,
  onContact,
  onLogged,
  counts,
}: Props) {
  const { contact } = person;
  const language = templateLanguage(settings.language);
  const today = dayKey(Date.now());
  const mutuals = mutualOptions(person, read);
  const suggestions = suggestionsOf(person);
  const shipped = useMemo(() => listShipped(language), [language]);
  const choices = useMemo(
    () => templateChoices(suggestions, shipped, userTemplates),
    [person, shipped, userTemplates],
  );
  const [state, setState] = useState<DraftState>(() => initialDraft(choices, mutuals));
  const { problem } = useDraftStore(contact.id, state, setState);
  const choice = chosen(state, choices);
  const companion = useMemo(
    () =>
      choice?.meta.pairsWith
        ? (templateChoices([], shipped, []).find((c) => c.id === choice.meta.pairsWith) ?? null)
        : null,
    [choice, shipped],
  );
  const context = useMemo(
    () => (choice ? draftContext(person, me, state, choice, today) : null),
    [person, me, state.mutual, choice],
  );
  const [interpreter, setInterpreter] = useState<Interpreter | null>(null);
  useEffect(() => {
    if (choice?.user && !interpreter) void loadInterpreter().then(setInterpreter);
  }, [choice, interpreter]);
  const view = useMemo(
    () =>
      choice && context
        ? viewDraft({
            state,
            choice,
            companion,
            context,
            interpreter,
            settings,
            pageNoteLimit: read?.profile?.inviteNoteLimit ?? null,
            language,
          })
        : null,
    [state, choice, companion, context, interpreter, settings, read, language],
  );
  const [status, setStatus] = useState<Status | null>(null);
  const recipient = choice ? recipientOf(person, state, choice) : null;
  const inserter = useInsert(tabId, recipient, setStatus);
  useEffect(() => {
    // What `npm run bench` times: the popup opened to the person and the recommended message.
    if (view && !performance.getEntriesByName('composer-ready').length) performance.mark('composer-ready');
  }, [view]);

  if (!choice) return <p class="muted">{t('noTemplates')}</p>;
  if (!view) return <p class="muted">{t('loading')}</p>;
  const edit = (changes: Partial<DraftState>) => setState((s) => ({ ...s, ...changes }));
  const toMutual = choice.to === 'mutual' && state.mutual;

  return (
    <section class="composer card" aria-labelledby="composer-h">
      <h2 id="composer-h">{t('composerTitle')}</h2>
      <CoachAdvice
        person={person}
        advice={suggestions[0]}
        picked={choice.to === 'mutual' ? state.mutual : null}
        onChanged={onLogged}
      />
      <TemplatePicker
        choices={choices}
        choice={choice}
        onPick={(id) => setState((s) => pickTemplate(s, choices, id))}
        mutuals={choice.to === 'mutual' ? mutuals : []}
        mutual={state.mutual}
        onMutual={(mutual) => edit({ mutual })}
      />
      {toMutual && (
        <RecipientLine
          name={state.mutual as string}
          mutual={mutualView(person, state.mutual as string)}
          mutualsUrl={read?.profile?.mutualsUrl ?? null}
        />
      )}
      <Gaps gaps={view.rendered.gaps} me={me} contact={contact} onMe={onMe} onContact={onContact} />
      {view.rendered.error && (
        <p class="error" role="alert">
          {t(
            'templateBroken',
            view.rendered.problem ? problemText(view.rendered.problem) : view.rendered.error,
          )}
        </p>
      )}
      {view.subject !== null && (
        <div>
          <label for="subject">{t('subject')}</label>
          <input
            id="subject"
            class="wide"
            value={view.subject}
            onInput={(e) => edit({ subject: e.currentTarget.value })}
          />
        </div>
      )}
      <label for="body">{t('messageLabel')}</label>
      <textarea
        id="body"
        rows={9}
        value={view.text}
        onInput={(e) => edit({ body: e.currentTarget.value })}
        aria-describedby="counter"
      />
      <div class="row between">
        <span id="counter" class={view.over ? 'error' : 'muted'} aria-live="polite">
          {view.limit !== null
            ? t('charCounter', view.text.length, view.limit)
            : t('charCount', view.text.length)}
          {view.over ? ` — ${t('overLimit')}` : ''}
        </span>
        {state.body !== null && (
          <button type="button" class="link-button" onClick={() => edit({ body: null })}>
            {t('resetToTemplate')}
          </button>
        )}
      </div>
      {companion && (
        <label class="check">
          <input
            type="checkbox"
            checked={Boolean(state.noteApart)}
            onChange={(e) => edit({ noteApart: e.currentTarget.checked, body: null })}
          />{' '}
          {t('noteApart')}
        </label>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {choice.meta.channel === 'invitation' && counts && (
        <>
          <p class="muted">{t('invitationsThisWeek', counts.invitationsThisWeek, counts.invitationCap)}</p>
          {counts.notesLeft !== null && counts.notesLeft !== undefined && (
            <p class={counts.notesLeft === 0 ? 'warn' : 'muted'} data-testid="notes-left">
              {tPlural('notesLeft', counts.notesLeft, counts.noteAllowance ?? 0)}
            </p>
          )}
          <InvitationWarning warning={invitationWarning(counts.invitationsThisWeek, counts.invitationCap)} />
        </>
      )}
      <ComposerActions
        view={view}
        state={state}
        person={person}
        canInsert={tabId !== null}
        onInsert={(text, subject, log) => void inserter.insert(text, subject, log)}
        onLogged={onLogged}
        status={status}
        show={setStatus}
      />
      {view.note && companion && (
        <Companion
          note={view.note}
          title={companion.title}
          onInsert={(text) => void inserter.insert(text, null)}
        />
      )}
      {inserter.pending && (
        <ConfirmDialog
          title={t('mismatchTitle')}
          confirmLabel={t('mismatchInsertAnyway')}
          onConfirm={inserter.confirm}
          onCancel={inserter.cancel}
        >
          <p dir="auto">{t('mismatchBody', inserter.pending.found, recipient?.name ?? contact.name)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
