import { useState } from 'preact/hooks';
import { errorText, type Goal, type Settings, TEMPLATE_LANGUAGES } from '../../model';
import { browser } from '../../platform/browser';
import { send } from '../../platform/send';
import { t } from '../../ui/i18n';
import { useData } from '../data';
import { href } from '../routes';
import { DeleteEverything } from './DeleteEverything';
import { CAP_RANGE, FOLLOW_UP_RANGE, inviteNoteLimit, LINKEDIN_WEEKLY_LIMIT, NOTES_RANGE } from './fields';
import { NumberSetting } from './NumberSetting';
import './settings.css';
import { StatusLine } from '../../ui/StatusLine';

const LANGUAGES: readonly Settings['language'][] = TEMPLATE_LANGUAGES;

type TargetKey = 'actionsPerDay' | 'chatsPerWeek' | 'minutesPerDay';
/** The sub-goals of the plan, editable here too; ranges as the goal record allows them. */
const TARGETS: { key: TargetKey; label: string; range: { min: number; max: number } }[] = [
  { key: 'actionsPerDay', label: 'plan_fieldPerDay', range: { min: 0, max: 200 } },
  { key: 'chatsPerWeek', label: 'plan_fieldPerWeek', range: { min: 0, max: 100 } },
  { key: 'minutesPerDay', label: 'plan_fieldMinutes', range: { min: 5, max: 600 } },
];

/** Every change is saved at once; "Saved." confirms it. */
export function SettingsView() {
  const { data, reload } = useData();
  const { settings, goal } = data;
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const save = async (changes: Partial<Settings>) => {
    setStatus(null);
    try {
      await send('settings.set', { changes });
      await reload();
      setStatus({ error: false, text: t('saved') });
    } catch (error) {
      setStatus({
        error: true,
        text: t('settings_saveFailed', errorText(error)),
      });
    }
  };
  const saveGoal = async (changes: Partial<Pick<Goal, TargetKey>>) => {
    if (!goal) return;
    setStatus(null);
    try {
      const { startedOn: _started, ...rest } = goal;
      await send('goal.set', { goal: { ...rest, ...changes } });
      await reload();
      setStatus({ error: false, text: t('saved') });
    } catch (error) {
      setStatus({
        error: true,
        text: t('settings_saveFailed', errorText(error)),
      });
    }
  };
  const toggle = (key: 'showBadge' | 'logOwnSend' | 'autoMarkReplies') => (e: Event) =>
    void save({ [key]: (e.currentTarget as HTMLInputElement).checked });
  // Notifications are an optional permission: asked for in the click that turns reminders on
  // (browsers only ask during a user gesture), and given back when they are turned off.
  const toggleNotifications = (e: Event) => {
    const notifications = { permissions: ['notifications' as const] };
    if (!(e.currentTarget as HTMLInputElement).checked) {
      void browser.permissions.remove(notifications).catch(() => false);
      void save({ notifications: false });
      return;
    }
    void browser.permissions
      .request(notifications)
      .catch(() => false)
      .then(async (granted) => {
        if (granted) return save({ notifications: true });
        await reload();
        setStatus({ error: true, text: t('settings_notificationsDenied') });
      });
  };

  return (
    <section class="stack" aria-labelledby="settings-h">
      <h2 id="settings-h" tabIndex={-1}>
        {t('settings_title')}
      </h2>
      <div class="settings-status" aria-live="polite">
        <StatusLine status={status} />
      </div>
      <section class="card stack" aria-labelledby="settings-targets-h">
        <h3 id="settings-targets-h">{t('settings_targetsTitle')}</h3>
        {goal ? (
          <>
            <p>
              {t('settings_targetsWithGoal')} <a href={href({ section: 'plan' })}>{t('plan_title')}</a>.
            </p>
            {TARGETS.map(({ key, label, range }) => (
              <NumberSetting
                key={key}
                id={`settings-${key}`}
                label={t(label)}
                hint={t('settings_targetsHint')}
                value={goal[key]}
                range={range}
                onCommit={(value) => void saveGoal({ [key]: value })}
              />
            ))}
          </>
        ) : (
          <p>
            {t('settings_targetsText')} <a href={href({ section: 'plan' })}>{t('settings_targetsLink')}</a>
          </p>
        )}
        <NumberSetting
          id="settings-cap"
          label={t('settings_capLabel')}
          hint={t('settings_capHint', LINKEDIN_WEEKLY_LIMIT)}
          value={settings.weeklyInvitationCap}
          range={CAP_RANGE}
          onCommit={(weeklyInvitationCap) => void save({ weeklyInvitationCap })}
        />
        <NumberSetting
          id="settings-follow-up"
          label={t('settings_followUpLabel')}
          hint={t('settings_followUpHint')}
          value={settings.followUpAfterDays}
          range={FOLLOW_UP_RANGE}
          onCommit={(followUpAfterDays) => void save({ followUpAfterDays })}
        />
        <NumberSetting
          id="settings-second-person"
          label={t('settings_secondPersonLabel')}
          hint={t('settings_secondPersonHint')}
          value={settings.secondPersonAfterDays}
          range={FOLLOW_UP_RANGE}
          onCommit={(secondPersonAfterDays) => void save({ secondPersonAfterDays })}
        />
        {!settings.premium && (
          <NumberSetting
            id="settings-notes"
            label={t('settings_notesLabel')}
            hint={t('settings_notesHint')}
            value={settings.monthlyNoteAllowance}
            range={NOTES_RANGE}
            onCommit={(monthlyNoteAllowance) => void save({ monthlyNoteAllowance })}
          />
        )}
      </section>
      <fieldset class="card stack">
        <legend>{t('settings_accountTitle')}</legend>
        {[false, true].map((premium) => (
          <div key={String(premium)}>
            <label>
              <input
                type="radio"
                name="settings-account"
                checked={settings.premium === premium}
                onChange={() => void save({ premium })}
              />{' '}
              {premium ? t('settings_premium') : t('settings_free')}
            </label>
            <p class="muted">
              {t('settings_noteLimit', inviteNoteLimit(premium))}{' '}
              {premium ? t('settings_inmailYes') : t('settings_inmailNo')}
            </p>
          </div>
        ))}
      </fieldset>
      <section class="card stack" aria-labelledby="settings-page-h">
        <h3 id="settings-page-h">{t('settings_pageTitle')}</h3>
        <div>
          <label>
            <input type="checkbox" checked={settings.showBadge} onChange={toggle('showBadge')} />{' '}
            {t('settings_badgeLabel')}
          </label>
          <p class="muted">{t('settings_badgeHint')}</p>
        </div>
        <div>
          <label>
            <input type="checkbox" checked={settings.logOwnSend} onChange={toggle('logOwnSend')} />{' '}
            {t('settings_logOwnSendLabel')}
          </label>
          <p class="muted">{t('settings_logOwnSendHint')}</p>
        </div>
        <div>
          <label>
            <input type="checkbox" checked={settings.autoMarkReplies} onChange={toggle('autoMarkReplies')} />{' '}
            {t('settings_autoMarkRepliesLabel')}
          </label>
          <p class="muted">{t('settings_autoMarkRepliesHint')}</p>
        </div>
        <div>
          <label>
            <input type="checkbox" checked={settings.notifications} onChange={toggleNotifications} />{' '}
            {t('settings_notificationsLabel')}
          </label>
          <p class="muted">{t('settings_notificationsHint')}</p>
        </div>
        <div>
          <label for="settings-language">{t('settings_languageLabel')}</label>
          <select
            id="settings-language"
            value={settings.language}
            aria-describedby="settings-language-hint"
            onChange={(e) => void save({ language: e.currentTarget.value as Settings['language'] })}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`settings_language_${language}`)}
              </option>
            ))}
          </select>
          <p id="settings-language-hint" class="muted">
            {t('settings_languageHint')}
          </p>
        </div>
      </section>
      <DeleteEverything />
    </section>
  );
}
