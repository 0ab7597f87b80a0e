// The pure LinkedIn page readers: URL → page kind, Document → profile, search results or the
// open conversation.
export { readConversation } from './conversation';
export { DEGREE_LOCALES, parseDegreeLabel, parseDegreeMarker } from './degree';
export { detectFrontEnd } from './front-end';
export { pageKindFromMarkup } from './markup-kind';
export { isMutualsHref, isTotalConnectionsHref } from './mutuals';
export {
  isMessaging,
  isMyNetwork,
  isPeopleSearch,
  isProfile,
  type PageKind,
  pageKind,
} from './pages';
export { readProfile } from './profile';
export { baseUrl, canonicalProfileUrl, profileSlug, profileUrlInfo, sameProfile } from './profile-url';
export { pageReport } from './report';
export { readSearch } from './search';
export type {
  ConversationRead,
  FrontEnd,
  Missing,
  ProfileRead,
  SearchRead,
  SearchResult,
  Thread,
  ThreadPerson,
} from './types';
