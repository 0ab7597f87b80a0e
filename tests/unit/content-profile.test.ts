import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/browser', async () => (await import('./ui/fake-browser')).browserModule);

import { badgeModel, toPageProfile } from '../../src/content/profile';
import type { ProfileRead } from '../../src/linkedin/types';
import { checkMessage } from '../../src/messages';
import { newContact } from '../../src/model';

const read: ProfileRead = {
  frontEnd: 'ember',
  profileUrl: 'https://www.linkedin.com/in/long/',
  name: 'N'.repeat(2000),
  headline: 'H'.repeat(6000),
  company: 'Acme',
  degree: 2,
  self: false,
  mutualCount: 3,
  mutualNames: ['A'],
  mutualsUrl: null,
  canConnect: true,
  pending: false,
  canMessageFree: false,
  inviteNoteLimit: null,
  missing: [],
  readable: true,
};

describe('what the content script sends', () => {
  it('cuts a 2,000-character name instead of failing to save the person', () => {
    const profile = toPageProfile(read, read.profileUrl as string);
    expect(profile?.name).toHaveLength(500);
    expect(profile?.name?.endsWith('…')).toBe(true);
    expect(checkMessage({ type: 'profile.seen', profile }, 'content')).toMatchObject({ ok: true });
  });

  it('sends nothing for a page it could not read', () => {
    expect(toPageProfile({ ...read, readable: false }, read.profileUrl as string)).toBeNull();
  });
});

describe('the badge beside the name', () => {
  const profile = toPageProfile(read, read.profileUrl as string);
  const settings = { showBadge: true, premium: false, followUpAfterDays: 7 };
  const person = (changes: object) => ({
    contact: {
      ...newContact({ name: 'Dana', source: 'linkedin', degree: 2, mutualCount: 3 }, 0),
      ...changes,
    },
    lastOutreach: null,
  });

  it('shows the degree and mutuals the page shows', () => {
    if (!profile) throw new Error('no profile');
    const badge = badgeModel(profile, person({}), settings);
    expect(badge.degree).toBe('2nd');
    expect(badge.title).toContain('3 mutual');
  });

  it("shows the user's correction rather than what the page says", () => {
    if (!profile) throw new Error('no profile');
    const badge = badgeModel(
      profile,
      person({ degree: 1, mutualCount: 9, userEdited: ['degree', 'mutualCount'] }),
      settings,
    );
    expect(badge.degree).toBe('1st');
    expect(badge.title).toContain('9 mutual');
  });
});
