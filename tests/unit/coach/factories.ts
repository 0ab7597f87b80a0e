// Small builders for domain records, so each test states only what matters to it.

import type { Contact, Goal, Opportunity, Outreach, OutreachStatus, StatusStep } from '../../../src/model';

const NOON = 12 * 3_600_000;
/** A timestamp on a day (noon UTC: the tests compare days, not instants). */
export const at = (day: string): number => Date.parse(`${day}T00:00:00Z`) + NOON;

export function contact(overrides: Partial<Contact> & { id: string }): Contact {
  return {
    name: overrides.id,
    profileUrl: null,
    headline: null,
    company: null,
    role: null,
    degree: null,
    mutualCount: null,
    mutualNames: [],
    source: 'linkedin',
    relationship: null,
    howWeKnow: null,
    reach: null,
    email: null,
    top20Rank: null,
    connectedOn: null,
    lastContactedOn: null,
    notes: '',
    invitationPending: false,
    canConnect: false,
    userEdited: [],
    suggestedBy: null,
    leadKind: null,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

/** An outreach sent on `day`, then taken through `steps` ([status, day] pairs). */
export function outreach(
  overrides: Partial<Outreach> & { id: string; contactId: string; day: string },
  steps: [OutreachStatus, string][] = [],
): Outreach {
  const history: StatusStep[] = [
    { status: 'sent', at: at(overrides.day), day: overrides.day },
    ...steps.map(([status, day]) => ({ status, at: at(day), day })),
  ];
  return {
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    templateId: null,
    viaMutual: null,
    at: at(overrides.day),
    status: history[history.length - 1]?.status ?? 'sent',
    history,
    aboutId: null,
    heldOn: null,
    degreeAtSend: null,
    note: '',
    ...overrides,
  };
}

export function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    chatsTarget: 50,
    deadline: '2027-03-01',
    chatsPerWeek: 4,
    actionsPerDay: 5,
    minutesPerDay: 30,
    startedOn: '2026-10-01',
    ...overrides,
  };
}

export function opportunity(overrides: Partial<Opportunity> & { id: string }): Opportunity {
  return {
    contactIds: [],
    title: overrides.id,
    stage: 'coffee-chat',
    order: 0,
    stageHistory: [],
    notes: '',
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}
