import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { moveDown, moveTo, moveUp, removeFromTop20, TOP20_MAX, whyNow } from '../../coach/top20';
import type { Contact } from '../../model';
import { coachLocale, coachText } from '../../ui/coach-text';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { href } from '../routes';
import type { Top20State } from './useTop20';

type Action = 'up' | 'down' | 'link';

/** The ranked Top 20: drag a row, or use its buttons (Alt+Up / Alt+Down from any of them). */
export function Top20Section({ top20 }: { top20: Top20State }) {
  const { data } = useData();
  const { order, save, error } = top20;
  const byId = useMemo(() => new Map(data.contacts.map((c) => [c.id, c])), [data.contacts]);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  const [focus, setFocus] = useState<{ id: string; action: Action } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const hintId = useId();

  useEffect(() => {
    if (!focus) return;
    const row = rows.current.get(focus.id);
    const wanted = row?.querySelector<HTMLElement>(`[data-action="${focus.action}"]:not(:disabled)`);
    (wanted ?? row?.querySelector<HTMLElement>('[data-action="link"]'))?.focus();
  }, [focus, order]);

  const move = (contact: Contact, next: string[], action: Action) => {
    if (next.join() === order.join()) return;
    const position = next.indexOf(contact.id) + 1;
    void save(next, t('people_top20_moved', contact.name, position, next.length));
    setFocus({ id: contact.id, action });
  };
  const remove = (contact: Contact) => {
    void save(removeFromTop20(order, contact.id), t('people_top20_removed', contact.name));
    heading.current?.focus();
  };
  const onKeyDown = (contact: Contact) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const up = event.key === 'ArrowUp';
    // Focus stays on the control that had it (the link, or the same button of the moved row).
    const action = (event.currentTarget as HTMLElement).dataset.action as Action | undefined;
    move(contact, (up ? moveUp : moveDown)(order, contact.id), action ?? 'link');
  };
  const onDrop = (index: number) => (event: DragEvent) => {
    event.preventDefault();
    const id = event.dataTransfer?.getData('text/plain') || dragging;
    const contact = id ? byId.get(id) : undefined;
    setDragging(null);
    if (contact) move(contact, moveTo(order, contact.id, index), 'link');
  };

  return (
    <section aria-labelledby="people-top20-h" class="card stack">
      <h3 id="people-top20-h" tabIndex={-1} ref={heading}>
        {t('people_top20_title', order.length, TOP20_MAX)}
      </h3>
      <p class="muted" id={hintId}>
        {t('people_top20_hint')}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {order.length === 0 ? (
        <p>{t('people_top20_empty')}</p>
      ) : (
        <ol class="people-top20">
          {order.map((id, index) => {
            const contact = byId.get(id);
            if (!contact) return null;
            const keys = onKeyDown(contact);
            return (
              <li
                key={id}
                ref={(el) => {
                  if (el) rows.current.set(id, el);
                  else rows.current.delete(id);
                }}
                draggable
                class={dragging === id ? 'dragging' : undefined}
                onDragStart={(event) => {
                  event.dataTransfer?.setData('text/plain', id);
                  if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
                  setDragging(id);
                }}
                onDragEnd={() => setDragging(null)}
                onDragOver={(event) => event.preventDefault()}
                onDrop={onDrop(index)}
              >
                <span class="pill">{t('people_top20_rank', index + 1)}</span>{' '}
                <a href={href({ section: 'contact', id })} data-action="link" onKeyDown={keys} dir="auto">
                  {contact.name}
                </a>
                <p class="muted">
                  {whyNow(
                    contact,
                    { today: data.today.day, outreach: data.outreach, locale: coachLocale() },
                    coachText(),
                  )}
                </p>
                <div class="row">
                  <button
                    type="button"
                    data-action="up"
                    disabled={index === 0}
                    aria-label={t('people_top20_moveUpNamed', contact.name)}
                    aria-describedby={hintId}
                    onClick={() => move(contact, moveUp(order, id), 'up')}
                    onKeyDown={keys}
                  >
                    {t('people_top20_moveUp')}
                  </button>
                  <button
                    type="button"
                    data-action="down"
                    disabled={index === order.length - 1}
                    aria-label={t('people_top20_moveDownNamed', contact.name)}
                    aria-describedby={hintId}
                    onClick={() => move(contact, moveDown(order, id), 'down')}
                    onKeyDown={keys}
                  >
                    {t('people_top20_moveDown')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('people_top20_removeNamed', contact.name)}
                    onClick={() => remove(contact)}
                    onKeyDown={keys}
                  >
                    {t('people_top20_remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
