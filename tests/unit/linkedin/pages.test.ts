import { describe, expect, it } from 'vitest';
import {
  isMessaging,
  isMyNetwork,
  isPeopleSearch,
  isProfile,
  messagingExamples,
  myNetworkExamples,
  otherExamples,
  pageKind,
  peopleSearchExamples,
  profileExamples,
} from '../../../src/linkedin/pages';

const predicates = {
  profile: [isProfile, profileExamples],
  search: [isPeopleSearch, peopleSearchExamples],
  mynetwork: [isMyNetwork, myNetworkExamples],
  messaging: [isMessaging, messagingExamples],
} as const;

describe('page predicates', () => {
  for (const [kind, [predicate, examples]] of Object.entries(predicates)) {
    it.each(examples)(`${kind}: %s matches its own predicate and no other`, (url) => {
      expect(predicate(url)).toBe(true);
      for (const [other, [otherPredicate]] of Object.entries(predicates)) {
        if (other !== kind) expect(otherPredicate(url)).toBe(false);
      }
      expect(pageKind(url)).toBe(kind);
    });
  }

  it.each(otherExamples)('%s is no page the readers claim', (url) => {
    for (const [predicate] of Object.values(predicates)) expect(predicate(url)).toBe(false);
    expect(pageKind(url)).toBe('other');
  });
});
