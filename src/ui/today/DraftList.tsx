// Drafts waiting: who each is for, its first line, when it was last touched; resume it in the
// composer, or discard it (with an undo, in case the click was a slip).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { dayKey } from '../../coach/days';
import { type DraftEntry, errorText } from '../../model';
import { send } from '../../platform/send';
import { shortDay, t } from '../i18n';
import { type Status, StatusLine } from '../StatusLine';

/** The first line that says something, cut at a word near 90 characters. */
export function firstLine(body: string): string {
  const line =
    body
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  if (line.length <= 90) return line;
  const cut = line.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

export const draftKey = (entry: DraftEntry): string => `draft:${entry.draft.key}`;

interface Props {
  drafts: DraftEntry[];
  /** Opens the composer for the person (it loads their draft). */
  onResume: (key: string, contactId: string) => void;
  /** The person whose composer is open here, and the composer, shown under their draft. */
  composing: string | null;
  panel: ComponentChildren;
  contactHref?: ((contactId: string) => string) | undefined;
}

export function DraftList({ drafts, onResume, composing, panel, contactHref }: Props) {
  const [discarded, setDiscarded] = useState<DraftEntry | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  const discard = async (entry: DraftEntry) => {
    try {
      await send('draft.discard', { key: entry.draft.key });
      setDiscarded(entry);
      setStatus({ error: false, text: t('today_draftDiscarded', entry.name) });
    } catch (error) {
      setStatus({ error: true, text: errorText(error) });
    }
  };
  const undo = async () => {
    if (!discarded) return;
    try {
      await send('draft.save', { draft: discarded.draft });
      setStatus({ error: false, text: t('today_draftRestored', discarded.name) });
      setDiscarded(null);
    } catch (error) {
      setStatus({ error: true, text: errorText(error) });
    }
  };

  return (
    <section class="card stack" aria-labelledby="today-drafts-h">
      <h3 id="today-drafts-h">{t('today_draftsTitle', drafts.length)}</h3>
      <div class="row">
        <StatusLine status={status} inline />
        {discarded && (
          <button type="button" onClick={() => void undo()}>
            {t('today_draftUndo')}
          </button>
        )}
      </div>
      {drafts.length === 0 ? (
        <p class="muted">{t('today_draftsEmpty')}</p>
      ) : (
        <ul class="today-list">
          {drafts.map((entry) => {
            const { contactId } = entry;
            const href = contactId && contactHref ? contactHref(contactId) : null;
            return (
              <li key={entry.draft.key} data-testid="draft">
                <p>
                  {href ? <a href={href}>{entry.name}</a> : <strong dir="auto">{entry.name}</strong>}
                  <span class="muted"> · {shortDay(dayKey(entry.draft.updatedAt))}</span>
                </p>
                <p class="muted today-first-line" dir="auto">
                  {firstLine(entry.draft.body)}
                </p>
                <div class="row">
                  {contactId && (
                    <button
                      type="button"
                      class="primary"
                      aria-expanded={composing === draftKey(entry)}
                      data-compose={draftKey(entry)}
                      onClick={() => onResume(draftKey(entry), contactId)}
                    >
                      {t('today_draftResume')}
                      <span class="sr-only"> {t('today_forPerson', entry.name)}</span>
                    </button>
                  )}
                  {entry.profileUrl && (
                    <a href={entry.profileUrl} target="_blank" rel="noopener noreferrer">
                      {t('today_openProfile', entry.name)}
                    </a>
                  )}
                  <button type="button" onClick={() => void discard(entry)}>
                    {t('today_draftDiscard')}
                    <span class="sr-only"> {t('today_forPerson', entry.name)}</span>
                  </button>
                </div>
                {composing === draftKey(entry) && panel}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
