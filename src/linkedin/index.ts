// The pure LinkedIn page readers: URL → page kind, Document → profile or search results.
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
export { readSearch } from './search';
export type { FrontEnd, Missing, ProfileRead, SearchRead, SearchResult } from './types';
