import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dayKey } from '../coach/days';
import { lastOutreachSummary } from '../coach/last-outreach';
import { recommend, yearsSinceContact } from '../coach/recommend';
import { invitationWarning } from '../coach/stats';
import type {
  Contact,
  ContactView,
  InsertResult,
  Me,
  Outreach,
  PageReadView,
  Settings,
  TodayView,
  UserTemplate,
} from '../model';
import { send } from '../platform/send';
import { listShipped } from '../templates/library';
import { coachText } from '../ui/coach-text';
import { errorText } from '../ui/errors';
import { InvitationWarning } from '../ui/InvitationWarning';
import { t, templateLanguage } from '../ui/i18n';
import { composerContext, lengthLimit, templateChoices } from './compose';
import { Gaps } from './Gaps';
import { type Interpreter, loadInterpreter, renderChoice } from './render-choice';
import { askTab } from './tab';

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
  const mutuals = read?.profile?.mutualNames.length ? read.profile.mutualNames : contact.mutualNames;
  const suggestions = useMemo(
    () =>
      recommend(
        {
          degree: contact.degree,
          mutualNames: mutuals,
          mutualCount: contact.mutualCount,
          relationship: contact.relationship,
          source: contact.source,
          yearsSinceLastContact: yearsSinceContact(contact, today),
          premium: settings.premium,
          top20: contact.top20Rank !== null,
          canConnect: read?.profile?.canConnect ?? false,
          pending: read?.profile?.pending ?? false,
          last: lastOutreachSummary(person.lastOutreach, today),
          followUpAfterDays: settings.followUpAfterDays,
        },
        coachText(),
      ),
    [person, read, settings],
  );
  const choices = useMemo(
    () => templateChoices(suggestions, listShipped(language), userTemplates),
    [suggestions, userTemplates, language],
  );
  const [choiceId, setChoiceId] = useState(choices[0]?.id ?? '');
  const choice = choices.find((c) => c.id === choiceId) ?? choices[0];
  const [mutual, setMutual] = useState<string | null>(choice?.viaMutual ?? mutuals[0] ?? null);
  const context = useMemo(
    () => composerContext(contact, me, mutual, yearsSinceContact(contact, today)),
    [contact, me, mutual],
  );
  const [interpreter, setInterpreter] = useState<Interpreter | null>(null);
  useEffect(() => {
    if (choice?.user && !interpreter) void loadInterpreter().then(setInterpreter);
  }, [choice, interpreter]);
  const rendered = useMemo(
    () => (choice ? renderChoice(choice, context, interpreter) : null),
    [choice, context, interpreter],
  );
  const [body, setBody] = useState<string | null>(null);
  const [subject, setSubject] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'good' | 'error' | 'muted'; text: string } | null>(null);
  const [logged, setLogged] = useState<Outreach | null>(null);
  const requestId = useRef(crypto.randomUUID());

  // A draft survives the popup closing (it closes as soon as the user clicks into the page).
  useEffect(() => {
    send('draft.get', { key: contact.id }).then((draft) => {
      if (!draft) return;
      setChoiceId(draft.templateId);
      setMutual(draft.viaMutual);
      setBody(draft.body);
      setSubject(draft.subject);
    });
  }, [contact.id]);
  useEffect(() => {
    if (body === null || !choice) return;
    const timer = setTimeout(() => {
      void send('draft.save', {
        draft: {
          key: contact.id,
          templateId: choice.id,
          subject,
          body,
          viaMutual: mutual,
          updatedAt: Date.now(),
        },
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [body, subject, choice, mutual]);

  useEffect(() => {
    // What `npm run bench` times: the popup opened to the person and the recommended message.
    if (rendered && !performance.getEntriesByName('composer-ready').length)
      performance.mark('composer-ready');
  }, [rendered]);

  if (!choice) return <p class="muted">{t('noTemplates')}</p>;
  if (!rendered) return <p class="muted">{t('loading')}</p>;
  const text = body ?? rendered.body;
  const subjectText = subject ?? rendered.subject;
  const limit = lengthLimit(choice, settings, read?.profile?.inviteNoteLimit ?? null);
  const over = limit !== null && text.length > limit;
  const pick = (id: string) => {
    setChoiceId(id);
    setBody(null);
    setSubject(null);
    const next = choices.find((c) => c.id === id);
    if (next?.viaMutual) setMutual(next.viaMutual);
  };

  const copy = async () => {
    const full = subjectText ? `${subjectText}\n\n${text}` : text;
    try {
      await navigator.clipboard.writeText(full);
      setStatus({ tone: 'good', text: t('copied') });
    } catch {
      setStatus({ tone: 'error', text: t('copyFailed') });
    }
  };
  const insert = async () => {
    if (tabId === null) return;
    try {
      const result: InsertResult = await askTab(tabId, {
        type: 'content.insert',
        text,
        subject: subjectText,
      });
      setStatus(
        result.ok
          ? { tone: 'good', text: t('inserted') }
          : { tone: 'error', text: result.hint ?? t('insertFailed') },
      );
    } catch {
      setStatus({ tone: 'error', text: t('noContentScript') });
    }
  };
  const log = async () => {
    try {
      const { outreach } = await send('outreach.log', {
        requestId: requestId.current,
        contactId: contact.id,
        kind: choice.meta.kind,
        channel: choice.meta.channel,
        templateId: choice.id,
        viaMutual: choice.meta.kind === 'intro-request' ? mutual : null,
      });
      setLogged(outreach);
      setStatus({ tone: 'good', text: t('loggedAsSent') });
      void send('draft.discard', { key: contact.id });
      onLogged();
    } catch (error) {
      setStatus({ tone: 'error', text: errorText(error) });
    }
  };
  const undo = async () => {
    if (!logged) return;
    await send('outreach.undo', { id: logged.id });
    setLogged(null);
    requestId.current = crypto.randomUUID();
    setStatus({ tone: 'muted', text: t('logUndone') });
    onLogged();
  };

  return (
    <section class="composer card" aria-labelledby="composer-h">
      <h2 id="composer-h">{t('composerTitle')}</h2>
      {choice.reason && (
        <p class="reason" data-testid="reason">
          {choice.reason}
        </p>
      )}
      <label for="template">{t('templateLabel')}</label>
      <select id="template" value={choice.id} onChange={(e) => pick(e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.reason ? `★ ${c.title}` : c.title}
            {c.user ? ` ${t('yourVersion')}` : ''}
          </option>
        ))}
      </select>
      {choice.meta.kind === 'intro-request' && (
        <div>
          <label for="mutual">{t('askWhichMutual')}</label>
          {mutuals.length ? (
            <select id="mutual" value={mutual ?? ''} onChange={(e) => setMutual(e.currentTarget.value)}>
              {mutuals.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          ) : (
            <input
              id="mutual"
              value={mutual ?? ''}
              placeholder={t('mutualNamePlaceholder')}
              onInput={(e) => setMutual(e.currentTarget.value || null)}
            />
          )}
        </div>
      )}
      <Gaps gaps={rendered.gaps} me={me} contact={contact} onMe={onMe} onContact={onContact} />
      {rendered.error && (
        <p class="error" role="alert">
          {t('templateBroken', rendered.error)}
        </p>
      )}
      {subjectText !== null && (
        <div>
          <label for="subject">{t('subject')}</label>
          <input
            id="subject"
            class="wide"
            value={subjectText}
            onInput={(e) => setSubject(e.currentTarget.value)}
          />
        </div>
      )}
      <label for="body">{t('messageLabel')}</label>
      <textarea
        id="body"
        rows={9}
        value={text}
        onInput={(e) => setBody(e.currentTarget.value)}
        aria-describedby="counter"
      />
      <div class="row between">
        <span id="counter" class={over ? 'error' : 'muted'} aria-live="polite">
          {limit !== null ? t('charCounter', text.length, limit) : t('charCount', text.length)}
          {over ? ` — ${t('overLimit')}` : ''}
        </span>
        {body !== null && (
          <button type="button" class="link-button" onClick={() => setBody(null)}>
            {t('resetToTemplate')}
          </button>
        )}
      </div>
      {choice.meta.channel === 'invitation' && counts && (
        <>
          <p class="muted">{t('invitationsThisWeek', counts.invitationsThisWeek, counts.invitationCap)}</p>
          <InvitationWarning warning={invitationWarning(counts.invitationsThisWeek, counts.invitationCap)} />
        </>
      )}
      <div class="row actions">
        <button type="button" onClick={copy}>
          {t('copy')}
        </button>
        <button type="button" onClick={insert} disabled={tabId === null || over}>
          {t('insertIntoLinkedIn')}
        </button>
        {logged ? (
          <button type="button" onClick={undo}>
            {t('undo')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={log}>
            {t('logAsSent')}
          </button>
        )}
      </div>
      {status && (
        <p role="status" class={status.tone}>
          {status.text}
        </p>
      )}
      {choice.meta.pairsWith && (
        <Companion id={choice.meta.pairsWith} context={context} language={language} />
      )}
    </section>
  );
}

function Companion({
  id,
  context,
  language,
}: {
  id: string;
  context: ReturnType<typeof composerContext>;
  language: string;
}) {
  const companion = templateChoices([], listShipped(language), []).find((c) => c.id === id);
  if (!companion) return null;
  const rendered = renderChoice(companion, context, null, language);
  if (!rendered) return null;
  return (
    <details class="companion">
      <summary>{companion.title}</summary>
      <textarea rows={6} readOnly value={rendered.body} aria-label={companion.title} />
      <button type="button" onClick={() => void navigator.clipboard.writeText(rendered.body)}>
        {t('copy')}
      </button>
    </details>
  );
}
