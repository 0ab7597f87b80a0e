import { CHANNELS, type Channel, OUTREACH_KINDS, type OutreachKind } from '../../model';
import { t } from '../../ui/i18n';
import { channelLabel, kindLabel } from './labels';

/** What an outreach was and how it went out: for logging one by hand and for correcting one. */
export function KindChannelFields({
  idPrefix,
  kind,
  channel,
  onKind,
  onChannel,
}: {
  idPrefix: string;
  kind: OutreachKind;
  channel: Channel;
  onKind: (kind: OutreachKind) => void;
  onChannel: (channel: Channel) => void;
}) {
  return (
    <>
      <div>
        <label for={`${idPrefix}-kind`}>{t('people_log_kind')}</label>
        <select
          id={`${idPrefix}-kind`}
          value={kind}
          onChange={(e) => onKind(e.currentTarget.value as OutreachKind)}
        >
          {OUTREACH_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for={`${idPrefix}-channel`}>{t('people_log_channel')}</label>
        <select
          id={`${idPrefix}-channel`}
          value={channel}
          onChange={(e) => onChannel(e.currentTarget.value as Channel)}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
