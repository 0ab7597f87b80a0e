import { useMemo, useState } from 'preact/hooks';
import { dayKey } from '../../coach/days';
import { errorText } from '../../model';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { StatusLine } from '../../ui/StatusLine';
import { useData } from '../data';
import { showDay } from '../people/format';
import { href } from '../routes';
import { type Lesson, lessonsNewestFirst, withoutLesson } from './story';

/** What each chat taught about the story: the raw material for the next version of it. */
export function LessonsLog() {
  const { data, reload } = useData();
  const [day, setDay] = useState(() => dayKey(Date.now()));
  const [contactId, setContactId] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const people = useMemo(
    () => [...data.contacts].sort((a, b) => a.name.localeCompare(b.name)),
    [data.contacts],
  );
  const nameOf = (id: string | null) => (id ? data.contacts.find((c) => c.id === id)?.name : undefined);

  const store = async (lessons: Lesson[], done: string) => {
    try {
      await send('me.set', { changes: { lessons } });
      await reload();
      setStatus({ error: false, text: done });
      return true;
    } catch (error) {
      setStatus({
        error: true,
        text: t('me_saveFailed', errorText(error)),
      });
      return false;
    }
  };
  const add = async (e: Event) => {
    e.preventDefault();
    const lesson = text.trim();
    if (!lesson || !day) return;
    const entry: Lesson = { day, contactId: contactId || null, text: lesson };
    if (await store([...data.me.lessons, entry], t('me_lessonAdded'))) {
      setText('');
      setContactId('');
    }
  };

  return (
    <section class="stack" aria-labelledby="me-lessons-h">
      <h3 id="me-lessons-h">{t('me_lessonsTitle')}</h3>
      <p class="muted">{t('me_lessonsIntro')}</p>
      <form class="card stack" onSubmit={add}>
        <div class="row">
          <div>
            <label for="me-lesson-day">{t('me_lessonDay')}</label>
            <input
              id="me-lesson-day"
              type="date"
              required
              value={day}
              onInput={(e) => setDay(e.currentTarget.value)}
            />
          </div>
          <div>
            <label for="me-lesson-contact">{t('me_lessonContact')}</label>
            <select
              id="me-lesson-contact"
              value={contactId}
              onChange={(e) => setContactId(e.currentTarget.value)}
            >
              <option value="">{t('me_lessonNoContact')}</option>
              {people.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <label for="me-lesson-text">{t('me_lessonText')}</label>
          <textarea
            id="me-lesson-text"
            rows={3}
            required
            maxLength={5000}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <div class="row">
          <button type="submit" class="primary" disabled={text.trim() === ''}>
            {t('me_lessonAdd')}
          </button>
          <StatusLine status={status} inline />
        </div>
      </form>
      {data.me.lessons.length === 0 ? (
        <p class="muted">{t('me_lessonsEmpty')}</p>
      ) : (
        <ul class="me-lessons">
          {lessonsNewestFirst(data.me.lessons).map(({ lesson, index }) => {
            const name = nameOf(lesson.contactId);
            return (
              <li key={`${index}-${lesson.day}`} class="card">
                <p>
                  <strong>{showDay(lesson.day, data.today.day)}</strong>
                  {lesson.contactId && (
                    <>
                      {' · '}
                      {name ? (
                        <a href={href({ section: 'contact', id: lesson.contactId })}>{name}</a>
                      ) : (
                        t('me_lessonGone')
                      )}
                    </>
                  )}
                </p>
                <p class="me-lesson-text">{lesson.text}</p>
                <button
                  type="button"
                  onClick={() => void store(withoutLesson(data.me.lessons, index), t('me_lessonDeleted'))}
                >
                  {t('me_lessonDelete')}
                  <span class="sr-only"> {t('me_lessonOf', showDay(lesson.day, data.today.day))}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
