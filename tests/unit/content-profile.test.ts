import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/browser', async () => (await import('./ui/fake-browser')).browserModule);

import { badgeModel } from '../../src/content/badge-model';
import { toPageProfile } from '../../src/content/profile';
import type { ProfileRead } from '../../src/linkedin/types';
import { checkMessage } from '../../src/messages';
import type { BadgeView } from '../../src/model';

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
    expect(checkMessage({ type: 'page.profile', profile }, 'content')).toMatchObject({ ok: true });
  });

  it('sends nothing for a page it could not read', () => {
    expect(toPageProfile({ ...read, readable: false }, read.profileUrl as string)).toBeNull();
  });
});

describe('the badge beside the name', () => {
  const badge = (changes: Partial<BadgeView> = {}) =>
    badgeModel({
      degree: 2,
      mutualCount: 3,
      top20: false,
      lastContactedOn: null,
      suggestion: null,
      ...changes,
    });

  it('shows the degree and mutuals the background knows (the user’s correction included)', () => {
    expect(badge().degree).toBe('2nd');
    expect(badge().title).toContain('3 mutual connections');
    expect(badge({ degree: 1, mutualCount: 9 }).title).toContain('9 mutual connections');
  });

  it('says “1 mutual connection”, and nothing about mutuals when there are none', () => {
    expect(badge({ mutualCount: 1 }).lines[0]).toBe('1 mutual connection');
    expect(badge({ mutualCount: 0 }).title).not.toMatch(/mutual/);
  });

  it('names the mutual to ask, and never says “Message them” while an invitation is pending', () => {
    const intro = badge({
      suggestion: {
        kind: 'intro-request',
        channel: 'linkedin-message',
        to: 'mutual',
        viaMutual: 'Chloé Martin',
        waitDays: null,
        action: null,
        needsPremium: false,
      },
    });
    expect(intro.lines).toContain('Ask Chloé Martin for an intro');
    const pending = badge({
      suggestion: {
        kind: 'invitation-note',
        channel: 'invitation',
        to: 'person',
        viaMutual: null,
        waitDays: 3,
        action: 'wait',
        needsPremium: false,
      },
    });
    expect(pending.lines).toContain('Wait 3 more business days');
    expect(pending.title).not.toMatch(/Message them/);
  });

  it('says InMail needs Premium on a free account', () => {
    const inmail = badge({
      degree: 3,
      suggestion: {
        kind: 'inmail',
        channel: 'inmail',
        to: 'person',
        viaMutual: null,
        waitDays: null,
        action: null,
        needsPremium: true,
      },
    });
    expect(inmail.lines).toContain('InMail (needs Premium)');
  });

  it('shows the last contact as a date in words, not a raw day', () => {
    const model = badgeModel(
      { degree: 1, mutualCount: null, top20: true, lastContactedOn: '2026-10-05', suggestion: null },
      new Date(2026, 11, 4),
    );
    expect(model.lines).toEqual(['Last contacted 5 October', 'In your Top 20']);
  });
});
