// Words for the template vocabulary (kinds, channels) and the sample person, from the locale.
import type { Channel, OutreachKind } from '../../model';
import { t } from '../../ui/i18n';
import type { SamplePerson } from './sample';

/** Locale keys cannot hold '-': "coffee-chat" → tpl_kind_coffee_chat. */
const keyPart = (value: string) => value.replace(/-/g, '_');

export function kindLabel(kind: OutreachKind): string {
  return t(`tpl_kind_${keyPart(kind)}`);
}

export function channelLabel(channel: Channel): string {
  return t(`tpl_channel_${keyPart(channel)}`);
}

export function samplePerson(): SamplePerson {
  return {
    fullName: t('tpl_sampleName'),
    company: t('tpl_sampleCompany'),
    role: t('tpl_sampleRole'),
    howWeKnow: t('tpl_sampleHowWeKnow'),
    mutual: t('tpl_sampleMutual'),
  };
}
