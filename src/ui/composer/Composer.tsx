// The composer for one person: the coach's recommended message, filled in, editable, and the
// actions around it. Shared by the popup and the side panel; the decisions live in
// src/compose (pure), this file only holds the draft's state and lays it out.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { dayKey } from '../../coach/days';
import { invitationWarning } from '../../coach/stats';
import { templateChoices } from '../../compose/choices';
import {
  chosen,
  composerSuggestions,
  type DraftState,
  draftContext,
  initialDraft,
  mutualOptions,
  pickTemplate,
  viewDraft,
} from '../../compose/draft';
import { type Interpreter, loadInterpreter } from '../../compose/render';
import type { Contact, ContactView, Me, PageReadView, Settings, TodayView, UserTemplate } from '../../model';
import { listShipped } from '../../templates/library';
import { coachText } from '../coach-text';
import { InvitationWarning } from '../InvitationWarning';
import { t, templateLanguage } from '../i18n';
import { Companion } from './Companion';
import { ComposerActions } from './ComposerActions';
import { Gaps } from './Gaps';
import { TemplatePicker } from './TemplatePicker';
import { useDraftStore } from './useDraft';

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
  const choices = useMemo(() => {
    const suggestions = composerSuggestions(person, read, settings, today, coachText());
    return templateChoices(suggestions, listShipped(language), userTemplates);
  }, [person, read, settings, userTemplates, language]);
  const [state, setState] = useState<DraftState>(() => initialDraft(choices, mutuals));
  const { problem } = useDraftStore(contact.id, state, setState);
  const choice = chosen(state, choices);
  const context = useMemo(() => draftContext(person, me, state.mutual, today), [contact, me, state.mutual]);
  const [interpreter, setInterpreter] = useState<Interpreter | null>(null);
  useEffect(() => {
    if (choice?.user && !interpreter) void loadInterpreter().then(setInterpreter);
  }, [choice, interpreter]);
  const view = useMemo(
    () =>
      choice
        ? viewDraft({
            state,
            choice,
            context,
            interpreter,
            settings,
            pageNoteLimit: read?.profile?.inviteNoteLimit ?? null,
          })
        : null,
    [state, choice, context, interpreter, settings, read],
  );
  useEffect(() => {
    // What `npm run bench` times: the popup opened to the person and the recommended message.
    if (view && !performance.getEntriesByName('composer-ready').length) performance.mark('composer-ready');
  }, [view]);

  if (!choice) return <p class="muted">{t('noTemplates')}</p>;
  if (!view) return <p class="muted">{t('loading')}</p>;
  const edit = (changes: Partial<DraftState>) => setState((s) => ({ ...s, ...changes }));

  return (
    <section class="composer card" aria-labelledby="composer-h">
      <h2 id="composer-h">{t('composerTitle')}</h2>
      {choice.reason && (
        <p class="reason" data-testid="reason">
          {choice.reason}
        </p>
      )}
      <TemplatePicker
        choices={choices}
        choice={choice}
        onPick={(id) => setState((s) => pickTemplate(s, choices, id))}
        mutuals={mutuals}
        mutual={state.mutual}
        onMutual={(mutual) => edit({ mutual })}
      />
      <Gaps gaps={view.rendered.gaps} me={me} contact={contact} onMe={onMe} onContact={onContact} />
      {view.rendered.error && (
        <p class="error" role="alert">
          {t('templateBroken', view.rendered.error)}
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
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {choice.meta.channel === 'invitation' && counts && (
        <>
          <p class="muted">{t('invitationsThisWeek', counts.invitationsThisWeek, counts.invitationCap)}</p>
          <InvitationWarning warning={invitationWarning(counts.invitationsThisWeek, counts.invitationCap)} />
        </>
      )}
      <ComposerActions view={view} state={state} contactId={contact.id} tabId={tabId} onLogged={onLogged} />
      {choice.meta.pairsWith && (
        <Companion id={choice.meta.pairsWith} context={context} language={language} />
      )}
    </section>
  );
}
