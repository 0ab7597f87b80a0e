import type { Me, Settings } from './records';

export const DEFAULT_SETTINGS: Settings = {
  premium: false,
  showBadge: true,
  followUpAfterDays: 7,
  secondPersonAfterDays: 3,
  monthlyNoteAllowance: 5,
  autoMarkReplies: false,
  logOwnSend: true,
  // LinkedIn throttles around 100 invitations a week; staying well under keeps the account safe.
  weeklyInvitationCap: 60,
  notifications: false,
  language: 'auto',
};

export const EMPTY_ME: Me = {
  name: '',
  story: '',
  targetRole: '',
  targetIndustry: '',
  targetCompanies: [],
  ask: '',
  lessons: [],
};

/** Targets used for the toolbar and popup before the user has set a goal. */
export const DEFAULT_TARGETS = { actionsPerDay: 5, chatsPerWeek: 2 };
