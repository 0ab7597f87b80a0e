// Which approaches get replies and chats: by message kind, by connection degree and by warmth.
// A rate is shown only from MIN_SAMPLE sends on; below that the table says how far along it is.
import { type DegreeGroup, MIN_SAMPLE, type RateGroup, rates, type Warmth } from '../../coach/stats';
import type { Contact, Outreach, OutreachKind } from '../../model';
import { degreeLabel } from '../../ui/format';
import { t } from '../../ui/i18n';
import { percent } from './format';

const KINDS: Record<OutreachKind, () => string> = {
  'coffee-chat': () => t('progress_kindCoffeeChat'),
  inmail: () => t('progress_kindInmail'),
  'invitation-note': () => t('progress_kindInvitation'),
  'intro-request': () => t('progress_kindIntro'),
  reconnect: () => t('progress_kindReconnect'),
  'follow-up': () => t('progress_kindFollowUp'),
  'thank-you': () => t('progress_kindThankYou'),
  'intro-update': () => t('progress_kindIntroUpdate'),
};
const DEGREES: Record<DegreeGroup, () => string> = {
  '1': () => degreeLabel(1),
  '2': () => degreeLabel(2),
  '3': () => degreeLabel(3),
  none: () => degreeLabel(null),
};
const WARMTH: Record<Warmth, () => string> = {
  warm: () => t('progress_warm'),
  linkedin: () => t('progress_linkedin'),
};

const rate = (share: number | null, count: number, sent: number): string =>
  share === null ? '' : t('progress_rate', percent(share), count, sent);

function RateTable<K extends string>(props: {
  id: string;
  title: string;
  groups: Record<K, RateGroup>;
  labels: Record<K, () => string>;
}) {
  const rows = (Object.keys(props.labels) as K[]).filter((key) => props.groups[key].sent > 0);
  return (
    <div class="stack">
      <h4 id={props.id}>{props.title}</h4>
      {rows.length === 0 ? (
        <p class="muted">{t('progress_ratesNone')}</p>
      ) : (
        <table aria-labelledby={props.id}>
          <thead>
            <tr>
              <th scope="col">{t('progress_colGroup')}</th>
              <th scope="col">{t('progress_colSent')}</th>
              <th scope="col">{t('progress_colReplyRate')}</th>
              <th scope="col">{t('progress_colChatRate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((key) => {
              const g = props.groups[key];
              return (
                <tr key={key}>
                  <th scope="row">{props.labels[key]()}</th>
                  <td>{g.sent}</td>
                  {g.enoughData ? (
                    <>
                      <td>{rate(g.replyRate, g.replied, g.sent)}</td>
                      <td>{rate(g.chatRate, g.chats, g.sent)}</td>
                    </>
                  ) : (
                    <td colSpan={2} class="muted">
                      {t('progress_notEnoughData', g.sent, MIN_SAMPLE)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function RatesSection({ outreach, contacts }: { outreach: Outreach[]; contacts: Contact[] }) {
  const r = rates(outreach, contacts);
  return (
    <section class="card stack" aria-labelledby="progress-rates-h">
      <h3 id="progress-rates-h">{t('progress_ratesHeading')}</h3>
      <p class="muted">{t('progress_ratesIntro', MIN_SAMPLE)}</p>
      <RateTable id="rates-kind" title={t('progress_byKind')} groups={r.byKind} labels={KINDS} />
      <RateTable id="rates-degree" title={t('progress_byDegree')} groups={r.byDegree} labels={DEGREES} />
      <RateTable id="rates-warmth" title={t('progress_byWarmth')} groups={r.byWarmth} labels={WARMTH} />
    </section>
  );
}
