// Words for the model's codes, shared by the dashboard and the side panel. Each label is a literal
// t('…') call so the locale test can see that every key exists; the records make a new code in
// model.ts a type error here.
import type { Channel, ContactSource, OutreachKind, OutreachStatus, Relationship } from '../model';
import { t } from './i18n';

const RELATIONSHIP: Record<Relationship, () => string> = {
  friend: () => t('people_rel_friend'),
  relative: () => t('people_rel_relative'),
  'former-colleague': () => t('people_rel_formerColleague'),
  'former-manager': () => t('people_rel_formerManager'),
  teacher: () => t('people_rel_teacher'),
  other: () => t('people_rel_other'),
};

const SOURCE: Record<ContactSource, () => string> = {
  linkedin: () => t('people_source_linkedin'),
  warm: () => t('people_source_warm'),
  imported: () => t('people_source_imported'),
};

const KIND: Record<OutreachKind, () => string> = {
  'coffee-chat': () => t('people_kind_coffeeChat'),
  inmail: () => t('people_kind_inmail'),
  'invitation-note': () => t('people_kind_invitationNote'),
  'intro-request': () => t('people_kind_introRequest'),
  reconnect: () => t('people_kind_reconnect'),
  'follow-up': () => t('people_kind_followUp'),
  'thank-you': () => t('people_kind_thankYou'),
  'intro-update': () => t('people_kind_introUpdate'),
};

const CHANNEL: Record<Channel, () => string> = {
  'linkedin-message': () => t('people_channel_linkedinMessage'),
  inmail: () => t('people_channel_inmail'),
  invitation: () => t('people_channel_invitation'),
  email: () => t('people_channel_email'),
  phone: () => t('people_channel_phone'),
  text: () => t('people_channel_text'),
  'in-person': () => t('people_channel_inPerson'),
};

const STATUS: Record<OutreachStatus, () => string> = {
  sent: () => t('people_status_sent'),
  replied: () => t('people_status_replied'),
  'chat-scheduled': () => t('people_status_chatScheduled'),
  'chat-held': () => t('people_status_chatHeld'),
  declined: () => t('people_status_declined'),
  'no-reply': () => t('people_status_noReply'),
};

export const relationshipLabel = (r: Relationship): string => RELATIONSHIP[r]();
export const sourceLabel = (s: ContactSource): string => SOURCE[s]();
export const kindLabel = (k: OutreachKind): string => KIND[k]();
export const channelLabel = (c: Channel): string => CHANNEL[c]();
export const statusLabel = (s: OutreachStatus): string => STATUS[s]();
