import { useMemo } from 'preact/hooks';
import type { FirstAskContext } from '../../coach/first-ask';
import type { Me, TemplateLanguage, UserTemplate } from '../../model';
import { listShipped, renderShipped } from '../../templates/library';
import { renderTemplate } from '../../templates/render';
import { t, templateLanguage } from '../../ui/i18n';
import { userVersionOf } from '../templates/draft';
import { FirstAskCheck } from '../templates/FirstAskCheck';
import { samplePerson } from '../templates/labels';
import { sampleContext } from '../templates/sample';

/** The two messages the story shapes most: a first ask on LinkedIn, and the note a mutual forwards. */
const PREVIEWED = ['linkedin-coffee-chat', 'intro-blurb'] as const;
const FIRST_ASK = 'linkedin-coffee-chat';

interface Props {
  me: Me;
  templates: UserTemplate[];
  /** The Settings choice: the messages are previewed in the language they will be drafted in. */
  setting: TemplateLanguage;
}

/** How the story reads, as typed, inside two real messages as the popup would draft them (the user's version wins). */
export function StoryPreview({ me, templates, setting }: Props) {
  const language = templateLanguage(setting);
  const sample = samplePerson();
  const titles = useMemo(
    () => new Map(listShipped(language).map((s) => [s.meta.id, s.meta.title] as const)),
    [language],
  );
  const context = useMemo(() => sampleContext(me, sample), [me, sample.fullName]);
  const askContext: FirstAskContext = {
    mutualName: sample.mutual,
    company: sample.company,
    howWeKnow: sample.howWeKnow,
  };
  const previews = PREVIEWED.map((id) => {
    const own = userVersionOf(id, templates);
    let text: string | null;
    try {
      text = own ? renderTemplate(own.body, context) : renderShipped(id, context, language).body;
    } catch {
      text = null;
    }
    return { id, title: own?.title ?? titles.get(id) ?? id, text };
  });
  return (
    <section class="card stack me-previews" aria-labelledby="me-preview-h">
      <h3 id="me-preview-h">{t('me_previewTitle')}</h3>
      <p class="muted">{t('me_previewTo', sample.fullName, sample.role, sample.company)}</p>
      {previews.map(({ id, title, text }) => (
        <article key={id} class="stack" aria-labelledby={`me-preview-${id}`}>
          <h4 id={`me-preview-${id}`}>{title}</h4>
          {text === null ? (
            <p class="error">{t('me_previewBroken')}</p>
          ) : (
            <>
              <div class="me-preview" dir="auto">
                {text}
              </div>
              {id === FIRST_ASK && <FirstAskCheck text={text} language={language} context={askContext} />}
            </>
          )}
        </article>
      ))}
    </section>
  );
}
