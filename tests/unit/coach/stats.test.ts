import { describe, expect, it } from 'vitest';
import { progressStats, rates } from '../../../src/coach/stats';
import { contact, outreach } from './factories';

const today = '2026-11-19'; // a Thursday; the week runs 16–22 November

describe('progressStats', () => {
  it('counts today’s and this week’s actions and the chats held on each day', () => {
    const list = [
      outreach({ id: '1', contactId: 'a', day: today }),
      outreach({ id: '2', contactId: 'b', day: today }, [['chat-held', today]]),
      outreach({ id: '3', contactId: 'c', day: '2026-11-16' }),
      outreach({ id: '4', contactId: 'd', day: '2026-11-15' }, [['chat-held', '2026-11-17']]), // sent last week
      outreach({ id: '5', contactId: 'e', day: '2026-11-23' }), // next week
    ];
    expect(progressStats({ today, outreach: list, weeklyInvitationCap: 100 })).toEqual({
      today: { actions: 2, chatsHeld: 1 },
      week: { actions: 3, chatsHeld: 2, invitations: { count: 0, cap: 100, warn: null } },
    });
  });

  it('warns when the week’s invitations near LinkedIn’s cap', () => {
    const invites = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        outreach({
          id: `i${i}`,
          contactId: `c${i}`,
          day: today,
          kind: 'invitation-note',
          channel: 'invitation',
        }),
      );
    expect(progressStats({ today, outreach: invites(7), weeklyInvitationCap: 10 }).week.invitations).toEqual({
      count: 7,
      cap: 10,
      warn: null,
    });
    expect(
      progressStats({ today, outreach: invites(8), weeklyInvitationCap: 10 }).week.invitations.warn,
    ).toBe('near');
    expect(
      progressStats({ today, outreach: invites(10), weeklyInvitationCap: 10 }).week.invitations.warn,
    ).toBe('over');
  });

  it('can start the week on Sunday', () => {
    const list = [outreach({ id: '1', contactId: 'a', day: '2026-11-15' })];
    expect(progressStats({ today, outreach: list, weeklyInvitationCap: 100 }, 0).week.actions).toBe(1);
  });
});

describe('rates', () => {
  const contacts = [
    contact({ id: 'warm', relationship: 'friend', source: 'warm', degree: 1 }),
    contact({ id: 'second', degree: 2 }),
  ];
  const many = (
    n: number,
    contactId: string,
    kind: 'inmail' | 'coffee-chat',
    outcome: 'none' | 'reply' | 'chat',
  ) =>
    Array.from({ length: n }, (_, i) =>
      outreach(
        { id: `${contactId}-${kind}-${outcome}-${i}`, contactId, day: '2026-11-01', kind },
        outcome === 'none'
          ? []
          : outcome === 'reply'
            ? [['replied', '2026-11-02']]
            : [
                ['replied', '2026-11-02'],
                ['chat-held', '2026-11-09'],
              ],
      ),
    );

  it('withholds a rate below the minimum sample', () => {
    const r = rates(many(4, 'second', 'inmail', 'reply'), contacts);
    expect(r.byKind.inmail).toEqual({
      sent: 4,
      replied: 4,
      chats: 0,
      replyRate: null,
      chatRate: null,
      enoughData: false,
    });
  });

  it('gives reply and chat rates by kind, degree and warmth', () => {
    const list = [
      ...many(3, 'second', 'inmail', 'none'),
      ...many(1, 'second', 'inmail', 'reply'),
      ...many(1, 'second', 'inmail', 'chat'),
      ...many(5, 'warm', 'coffee-chat', 'chat'),
    ];
    const r = rates(list, contacts);
    expect(r.byKind.inmail).toMatchObject({ sent: 5, replyRate: 0.4, chatRate: 0.2, enoughData: true });
    expect(r.byKind['coffee-chat']).toMatchObject({ replyRate: 1, chatRate: 1 });
    expect(r.byDegree['2']).toMatchObject({ sent: 5, replyRate: 0.4 });
    expect(r.byDegree['1']).toMatchObject({ sent: 5, chatRate: 1 });
    expect(r.byWarmth.warm).toMatchObject({ sent: 5, chatRate: 1 });
    expect(r.byWarmth.linkedin).toMatchObject({ sent: 5, chatRate: 0.2 });
    expect(r.byDegree.none.enoughData).toBe(false);
  });

  it('counts a decline as a reply, and thank-yous only by kind', () => {
    const list = [
      outreach({ id: 'd', contactId: 'second', day: '2026-11-01' }, [['declined', '2026-11-02']]),
      outreach({ id: 't', contactId: 'second', day: '2026-11-01', kind: 'thank-you' }),
    ];
    const r = rates(list, contacts, 1);
    expect(r.byKind['coffee-chat'].replyRate).toBe(1);
    expect(r.byKind['thank-you'].sent).toBe(1);
    expect(r.byDegree['2'].sent).toBe(1);
  });
});
