// "How did it go": notes on the chat, what it taught about the story (to the lessons log), the
// people they suggested or introduced (each becomes a contact marked as such), and — when it
// led somewhere — a pipeline card. Saving marks the chat held, which queues the thank-you.
import { useEffect, useRef, useState } from 'preact/hooks';
import { canonicalProfileUrl } from '../../linkedin/profile-url';
import { type Contact, errorText, type LeadKind, type Opportunity } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { startCard } from './StartOpportunity';

interface LeadRow {
  key: number;
  name: string;
  url: string;
  company: string;
  kind: LeadKind;
}

export interface DebriefDone {
  leads: Contact[];
  card: Opportunity | null;
}

interface Props {
  outreachId: string;
  /** The person the chat was with. */
  person: Pick<Contact, 'id' | 'name'>;
  opportunities: Opportunity[];
  onSaved: (done: DebriefDone) => void;
  onCancel: () => void;
}

export function ChatDebriefForm({ outreachId, person, opportunities, onSaved, onCancel }: Props) {
  const [notes, setNotes] = useState('');
  const [lesson, setLesson] = useState('');
  const [leads, setLeads] = useState<LeadRow[]>([]);
  const [opportunity, setOpportunity] = useState(false);
  const [title, setTitle] = useState(() => t('people_opp_defaultTitle', person.name));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLTextAreaElement>(null);
  const nextKey = useRef(0);
  const focusLead = useRef<number | null>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (focusLead.current === null) return;
    document.getElementById(`${id('lead')}-${focusLead.current}-name`)?.focus();
    focusLead.current = null;
  }, [leads.length]);
  const id = (field: string) => `debrief-${outreachId}-${field}`;

  const edit = (key: number, change: Partial<LeadRow>) =>
    setLeads((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    const key = nextKey.current++;
    focusLead.current = key;
    setLeads((rows) => [...rows, { key, name: '', url: '', company: '', kind: 'suggested' }]);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const named = leads.filter((row) => row.name.trim() || row.url.trim());
    const badUrl = named.find((row) => row.url.trim() && !canonicalProfileUrl(row.url.trim()));
    if (badUrl) {
      setError(t('chat_leadBadUrl', badUrl.name.trim() || badUrl.url.trim()));
      return;
    }
    if (named.some((row) => !row.name.trim())) {
      setError(t('chat_leadNameMissing'));
      return;
    }
    if (opportunity && !title.trim()) {
      setError(t('people_opp_titleMissing'));
      return;
    }
    setBusy(true);
    try {
      const result = await send('chat.debrief', {
        outreachId,
        notes,
        lesson,
        leads: named.map((row) => ({
          name: row.name,
          profileUrl: row.url.trim() ? canonicalProfileUrl(row.url.trim()) : null,
          company: row.company.trim() || null,
          kind: row.kind,
        })),
      });
      const card = opportunity
        ? await startCard({ title, contactIds: [person.id], stage: 'ideas' }, opportunities)
        : null;
      onSaved({ leads: result.leads, card });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="stack chat-form"
      aria-label={t('chat_debriefTitle', person.name)}
      onSubmit={submit}
      noValidate
    >
      <div>
        <label for={id('notes')}>{t('chat_notes')}</label>
        <textarea
          id={id('notes')}
          ref={first}
          rows={4}
          maxLength={20_000}
          value={notes}
          onInput={(e) => setNotes(e.currentTarget.value)}
        />
      </div>
      <div>
        <label for={id('lesson')}>{t('chat_lesson')}</label>
        <textarea
          id={id('lesson')}
          rows={2}
          maxLength={5000}
          value={lesson}
          aria-describedby={id('lesson-hint')}
          onInput={(e) => setLesson(e.currentTarget.value)}
        />
        <p id={id('lesson-hint')} class="muted">
          {t('chat_lessonHint')}
        </p>
      </div>
      <fieldset class="stack">
        <legend>{t('chat_leads', person.name)}</legend>
        {leads.length === 0 && <p class="muted">{t('chat_leadsNone')}</p>}
        {leads.map((row, index) => {
          const rowId = `${id('lead')}-${row.key}`;
          return (
            <fieldset key={row.key} class="row chat-lead">
              <legend class="sr-only">{t('chat_leadN', index + 1)}</legend>
              <div>
                <label for={`${rowId}-name`}>{t('chat_leadName')}</label>
                <input
                  id={`${rowId}-name`}
                  maxLength={500}
                  value={row.name}
                  onInput={(e) => edit(row.key, { name: e.currentTarget.value })}
                />
              </div>
              <div>
                <label for={`${rowId}-company`}>{t('chat_leadCompany')}</label>
                <input
                  id={`${rowId}-company`}
                  maxLength={500}
                  value={row.company}
                  onInput={(e) => edit(row.key, { company: e.currentTarget.value })}
                />
              </div>
              <div>
                <label for={`${rowId}-url`}>{t('chat_leadUrl')}</label>
                <input
                  id={`${rowId}-url`}
                  type="url"
                  value={row.url}
                  placeholder="https://www.linkedin.com/in/…"
                  onInput={(e) => edit(row.key, { url: e.currentTarget.value })}
                />
              </div>
              <div>
                <label for={`${rowId}-kind`}>{t('chat_leadKind')}</label>
                <select
                  id={`${rowId}-kind`}
                  value={row.kind}
                  onChange={(e) => edit(row.key, { kind: e.currentTarget.value as LeadKind })}
                >
                  <option value="suggested">{t('chat_leadSuggested', person.name)}</option>
                  <option value="introduced">{t('chat_leadIntroduced', person.name)}</option>
                </select>
              </div>
              <button type="button" onClick={() => setLeads((rows) => rows.filter((r) => r.key !== row.key))}>
                {t('chat_leadRemove')}
                <span class="sr-only"> {row.name || t('chat_leadN', index + 1)}</span>
              </button>
            </fieldset>
          );
        })}
        <div>
          <button type="button" onClick={add}>
            {t('chat_leadAdd')}
          </button>
        </div>
      </fieldset>
      <div>
        <label class="check">
          <input
            type="checkbox"
            checked={opportunity}
            onChange={(e) => setOpportunity(e.currentTarget.checked)}
          />{' '}
          {t('chat_ledToOpportunity')}
        </label>
        {opportunity && (
          <div>
            <label for={id('opp')}>{t('people_opp_name')}</label>
            <input
              id={id('opp')}
              class="wide"
              maxLength={300}
              value={title}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          </div>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t('chat_debriefSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
