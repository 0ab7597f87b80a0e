import { t } from '../../ui/i18n';
import { LessonsLog } from './LessonsLog';
import { StoryForm } from './StoryForm';
import './me.css';

export function MeView() {
  return (
    <section class="stack" aria-labelledby="me-h">
      <h2 id="me-h" tabIndex={-1}>
        {t('me_title')}
      </h2>
      <p class="muted">{t('me_intro')}</p>
      <StoryForm />
      <LessonsLog />
    </section>
  );
}
