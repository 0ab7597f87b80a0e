// The prep brief for one chat, to read before it starts: who they are, how the user is connected
// to them, what was asked so far, the user's own story and ask, and the questions to bring.
import { useRef, useState } from 'preact/hooks';
import type { ChatBrief } from '../../coach/brief';
import { degreeLabel } from '../format';
import { shortDay, t } from '../i18n';
import { channelLabel, kindLabel, relationshipLabel } from '../labels';
import { QuestionBankEditor } from './QuestionBankEditor';

const LINK = /^https?:\/\/\S+$/i;

/** "today at 16:00" starts a line: "Today at 16:00". */
const capitalized = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function ChatWhen({ brief }: { brief: Pick<ChatBrief, 'chat'> }) {
  const { chat } = brief;
  const where = chat.where.trim();
  return (
    <p>
      {capitalized(chat.time ? t('brief_when', shortDay(chat.day), chat.time) : shortDay(chat.day))}
      {where && (
        <>
          {' · '}
          {LINK.test(where) ? (
            <a href={where} target="_blank" rel="noopener noreferrer">
              {where}
            </a>
          ) : (
            <span dir="auto">{where}</span>
          )}
        </>
      )}
    </p>
  );
}

function connectionLines(brief: ChatBrief): string[] {
  const { connection } = brief;
  return [
    connection.introducedBy ? t('brief_introducedThrough', connection.introducedBy) : null,
    connection.suggestedBy
      ? t(
          connection.leadKind === 'introduced' ? 'brief_introducedBy' : 'brief_suggestedBy',
          connection.suggestedBy,
        )
      : null,
    connection.relationship ? relationshipLabel(connection.relationship) : null,
    connection.howWeKnow,
    brief.person.degree !== null ? degreeLabel(brief.person.degree) : null,
  ].filter((line): line is string => Boolean(line));
}

export function PrepBrief({ brief, headingLevel = 3 }: { brief: ChatBrief; headingLevel?: 3 | 4 }) {
  const [editing, setEditing] = useState(false);
  const [ownQuestions, setOwnQuestions] = useState<string[] | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const { person, me } = brief;
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
  const id = `brief-${brief.chat.outreachId}`;
  const who = [person.headline, person.role, person.company].filter(Boolean).join(' · ');
  const connection = connectionLines(brief);

  return (
    <section class="card stack today-brief" aria-labelledby={`${id}-h`} data-testid="prep-brief">
      <H id={`${id}-h`} class="today-brief-title">
        {t('brief_title', person.name)}
      </H>
      <ChatWhen brief={brief} />
      <div class="today-brief-body">
        <div class="stack">
          <div>
            <Sub>{t('brief_who')}</Sub>
            <p dir="auto">{who || t('brief_whoUnknown')}</p>
            {person.profileUrl && (
              <a href={person.profileUrl} target="_blank" rel="noopener noreferrer">
                {t('today_openProfile', person.name)}
              </a>
            )}
          </div>
          <div>
            <Sub>{t('brief_connection')}</Sub>
            {connection.length ? (
              <ul>
                {connection.map((line) => (
                  <li key={line} dir="auto">
                    {line}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t('brief_connectionUnknown')}</p>
            )}
          </div>
          <div>
            <Sub>{t('brief_asked')}</Sub>
            {brief.asked.length ? (
              <ul>
                {brief.asked.map((a) => (
                  <li key={`${a.kind}-${a.day}-${a.note}`}>
                    {kindLabel(a.kind)} · {channelLabel(a.channel)} · {shortDay(a.day)}
                    {a.via && ` · ${t('brief_via', a.via)}`}
                    {a.note && (
                      <>
                        <br />
                        <span class="muted" dir="auto">
                          {a.note}
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t('brief_askedNone')}</p>
            )}
          </div>
          <div>
            <Sub>{t('brief_story')}</Sub>
            <p dir="auto" class="today-quote">
              {me.story || t('brief_storyMissing')}
            </p>
            <Sub>{t('brief_ask')}</Sub>
            <p dir="auto" class="today-quote">
              {me.ask || t('brief_askMissing')}
            </p>
          </div>
        </div>
        <div>
          <Sub>{t('brief_questions')}</Sub>
          {editing ? (
            <QuestionBankEditor
              onSaved={(bank) => setOwnQuestions(bank.custom ? bank.questions : null)}
              onDone={() => {
                setEditing(false);
                requestAnimationFrame(() => editButton.current?.focus());
              }}
            />
          ) : (
            <>
              {(ownQuestions ? [{ title: null, questions: ownQuestions }] : brief.questions.groups).map(
                (group) => (
                  <div key={group.title ?? 'own'}>
                    {group.title && <p class="today-group">{group.title}</p>}
                    <ul>
                      {group.questions.map((q) => (
                        <li key={q} dir="auto">
                          {q}
                        </li>
                      ))}
                    </ul>
                  </div>
                ),
              )}
              <button type="button" ref={editButton} onClick={() => setEditing(true)}>
                {t('brief_questionsEdit')}
              </button>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
