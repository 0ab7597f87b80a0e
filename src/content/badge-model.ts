// The badge's words, from what the background computed (the same advice the popup shows): the
// degree, the mutual count, the suggested move in a few words, and what the user knows.
import type { BadgeView } from '../model';
import { degreeShort } from '../ui/format';
import { shortDay, t, tPlural } from '../ui/i18n';
import type { BadgeModel } from './badge';

type Advice = NonNullable<BadgeView['suggestion']>;

/** The suggestion in a few words: the badge has room for the move, the popup for the why. */
export function adviceLabel(s: Advice): string {
  if (s.action === 'wait') {
    if (s.to === 'mutual' && s.viaMutual) return t('channelWaitFor', s.viaMutual);
    return s.waitDays ? tPlural('channelWaitDays', s.waitDays) : t('channelWait');
  }
  if (s.action === 'connect-without-note') return t('channelConnectNoNote');
  if (s.action === 'let-go') return t('channelLetGo');
  if (s.action === 'second-person') return t('channelSecondPerson');
  if (s.action === 'in-conversation') return t('channelInConversation');
  if (s.kind === 'intro-request') return s.viaMutual ? t('channelIntroVia', s.viaMutual) : t('channelIntro');
  if (s.to === 'mutual' && s.viaMutual) {
    return s.kind === 'intro-update'
      ? t('channelUpdateMutual', s.viaMutual)
      : t('channelNudgeMutual', s.viaMutual);
  }
  if (s.kind === 'follow-up') return t('channelFollowUp');
  if (s.kind === 'thank-you') return t('channelThankYou');
  if (s.kind === 'intro-update') return t('channelIntroUpdate');
  if (s.kind === 'reconnect') return t('channelReconnect');
  if (s.channel === 'inmail') return s.needsPremium ? t('channelInMailPremium') : t('channelInMail');
  if (s.channel === 'invitation') return t('channelInvitation');
  if (s.channel === 'email') return t('channelEmail');
  if (s.channel === 'linkedin-message') return t('channelMessage');
  return t('channelWarm');
}

export function badgeModel(view: BadgeView, today = new Date()): BadgeModel {
  const lines: string[] = [];
  if (view.mutualCount) lines.push(tPlural('badgeMutuals', view.mutualCount));
  if (view.suggestion) lines.push(adviceLabel(view.suggestion));
  if (view.lastContactedOn) lines.push(t('lastContacted', shortDay(view.lastContactedOn, today)));
  if (view.top20) lines.push(t('badgeTop20'));
  const degree = degreeShort(view.degree);
  return { degree, lines, title: [degree, ...lines].filter(Boolean).join(' · ') };
}
