import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/browser', async () => (await import('./ui/fake-browser')).browserModule);

import { toPageProfile } from '../../src/content/profile';
import type { ProfileRead } from '../../src/linkedin/types';
import { checkMessage } from '../../src/messages';

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
