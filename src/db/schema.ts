// The database: one IndexedDB owned by the background. Stores, indexes and the current version
// live here; the steps from each older version live in migrations.ts.
import type { DBSchema } from 'idb';
import type {
  Chat,
  Contact,
  Draft,
  LoggedRequest,
  Opportunity,
  Outreach,
  Singletons,
  UserTemplate,
} from '../model';

export const DB_NAME = 'coffee-chat-coach';

export interface CoachDB extends DBSchema {
  contacts: {
    key: string;
    value: Contact;
    indexes: { 'by-url': string; 'by-top20': number; 'by-last-contacted': string; 'by-name': string };
  };
  outreach: {
    key: string;
    value: Outreach;
    indexes: {
      'by-day': string;
      'by-contact': string;
      'by-held': string;
      'by-channel-day': [string, string];
      'by-about': string;
    };
  };
  requests: { key: string; value: LoggedRequest; indexes: { 'by-at': number } };
  opportunities: { key: string; value: Opportunity; indexes: { 'by-stage': string } };
  templates: { key: string; value: UserTemplate };
  drafts: { key: string; value: Draft };
  /** Keyed by the outreach the chat grew from. */
  chats: { key: string; value: Chat; indexes: { 'by-contact': string; 'by-day': string } };
  singletons: { key: keyof Singletons; value: Singletons[keyof Singletons] };
}

export type StoreName =
  | 'contacts'
  | 'outreach'
  | 'requests'
  | 'opportunities'
  | 'templates'
  | 'drafts'
  | 'chats'
  | 'singletons';
export const STORE_NAMES: StoreName[] = [
  'contacts',
  'outreach',
  'requests',
  'opportunities',
  'templates',
  'drafts',
  'chats',
  'singletons',
];
