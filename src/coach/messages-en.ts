// English coaching copy. Placeholders in braces; `.one` / `.other` pairs are plural forms
// chosen by messages.ts#plural. A translation is a table with the same keys.

export const EN = {
  'unit.chats.one': '{n} chat',
  'unit.chats.other': '{n} chats',
  'unit.chatsAWeek.one': '{n} chat a week',
  'unit.chatsAWeek.other': '{n} chats a week',
  'unit.actionsADay.one': '{n} outreach action a day',
  'unit.actionsADay.other': '{n} outreach actions a day',
  'unit.mutuals.one': '{n} mutual connection',
  'unit.mutuals.other': '{n} mutual connections',

  'plan.done':
    'You have held {held} chats: the goal of {target} is reached. Keep going — more options mean more choice.',
  'plan.deadlinePassed':
    'The deadline, {deadline}, has come with {remaining} to go: set a new date for a fresh plan.',
  'plan.noPlan':
    'Set a weekly chat target to see when you reach {target}; to make {deadline}, hold {needed} a week — about {actions}.',
  'plan.pace.onTrack': 'At {pace} you reach {target} on {finish}, in time for {deadline}.',
  'plan.pace.behind':
    'At {pace} you reach {target} on {finish}; to make {deadline}, hold {needed} a week — about {actions}.',
  'plan.noChatsYet.onTrack':
    'No chats held yet; at your plan of {pace} you reach {target} on {finish}, in time for {deadline}.',
  'plan.noChatsYet.behind':
    'No chats held yet; at your plan of {pace} you reach {target} on {finish}; to make {deadline}, hold {needed} a week — about {actions}.',
  'plan.noneRecently.onTrack':
    'No chats in the last four weeks; at your plan of {pace} you reach {target} on {finish}, in time for {deadline}.',
  'plan.noneRecently.behind':
    'No chats in the last four weeks; at your plan of {pace} you reach {target} on {finish}; to make {deadline}, hold {needed} a week — about {actions}.',

  'why.thankYou': 'You held a chat: a thank-you within a day keeps the door open.',
  'why.introUpdate': 'Tell {mutual} how the chat went: it closes the loop on the introduction.',
  'why.followUp': 'No reply after {days}: one short follow-up is fair.',
  'why.waitForReply': 'Give them time: follow up in {days} if there is no reply.',
  'why.inmail': 'InMail reaches them without a connection.',
  'why.inmailNeedsPremium': 'InMail reaches them directly but needs Premium or a free trial.',
  'why.invitationPremium': 'An invitation with a note (300 characters).',
  'why.invitationFree': 'An invitation with a note — 200 characters on a free account.',
  'why.introAnyMutual': '2nd degree, {mutuals}: ask one of them for an intro.',
  'why.introVia': '2nd degree, {mutuals}: ask {mutual} for an intro.',
  'why.warm': 'Someone who knows you: warm asks get an easy yes, leads and feedback on your story.',
  'why.reconnectWarm': 'It has been over a year: an honest reconnect note works well.',
  'why.firstDegree': '1st degree: message them directly.',
  'why.reconnectLinkedIn': '1st degree, no contact for over a year: old ties are gold — reconnect first.',
  'why.pending': 'Invitation pending: wait for them to accept — or ask a mutual for an intro meanwhile.',
  'why.pendingInmail': 'Invitation still pending: a short InMail can follow up.',
  'why.top20': 'In your Top 20. {reason}',

  'due.thankYou': 'You held a chat: send a thank-you.',
  'due.followUp': 'No reply after {days}: one short follow-up.',
  'due.top20': 'Number {rank} in your Top 20, not contacted yet.',
  'due.reconnectContacted': 'Last contact in {year}: an honest reconnect note works.',
  'due.reconnectConnected': 'Connected in {year}, no contact since: reconnect.',

  'pipeline.keepGoing.one':
    '“{title}” looks promising — keep your chat targets up: several options are leverage, choice and freedom.',
  'pipeline.keepGoing.other':
    '{count} conversations are at interview stage or beyond — keep your chat targets up: several options are leverage, choice and freedom.',

  'top20.waiting': 'Asked on {since}, no reply yet.',
  'top20.inConversation': 'In conversation: agree on a time for the chat.',
  'top20.connectedLongAgo': 'Connected in {year} and never contacted: old ties are gold — reconnect.',
  'top20.warmNotAsked': 'Knows you already: an easy yes, and a good first chat.',
  'top20.notContacted': 'Not contacted yet: this week is a good time.',
  'top20.oldTie': 'No contact for {years}+ years: an honest reconnect note works.',
  'top20.declined': 'Said no this time: maybe give this place to someone else.',
  'top20.noReply': 'No reply last time: try another channel or an introduction.',
  'top20.keepInTouch': 'Recently in touch: ask for the next step or an introduction.',
  'unit.businessDays.one': '{n} business day',
  'unit.businessDays.other': '{n} business days',
  'why.followUpIntro':
    'No answer from {mutual} about the introduction after {days}: one friendly nudge to {mutual}.',
  'why.followUpIntroAsMutual':
    'You asked them to introduce you to {person} {days} ago, with no answer: one friendly nudge.',
  'why.waitForIntro':
    'You asked {mutual} for the introduction: give them time — nudge them in {days} if there is no answer.',
  'why.waitAfterFollowUp': 'You followed up already: give them time, then let it go.',
  'why.letGo':
    'No reply to your follow-up: let it go for now — mark it “no reply” and put your energy into the next person.',
  'why.secondPerson': 'No reply after {days}: meanwhile, try a second person at the same company — {other}.',
  'why.inConversation': 'They replied: agree on a day and a time for the chat.',
  'why.chatScheduled': 'Your chat is scheduled: prepare a few questions and your story.',
  'why.connectWithoutNote':
    'No personalized notes left this month: connect without a note, then send your message once they accept.',
  'why.introViaClose': '2nd degree, {mutuals}: ask {mutual}, who knows you well, for an intro.',
  'why.warmEmail': 'Someone who knows you, and you have their email: a warm email gets an easy yes.',
  'why.pendingDays':
    'Invitation pending: give them another {days} to accept — or ask a mutual for an intro meanwhile.',
  'why.introUpdateToYou': 'They introduced you, and the chat happened: tell them how it went and thank them.',
  'due.followUpIntro': 'No answer about the introduction to {person} after {days}: nudge once.',
  'due.secondPerson': 'No reply from {person} after {days}: try {other} at the same company.',
  'due.letGo': 'No reply to your follow-up: let it go.',
  'top20.introAsked': 'Intro asked via {mutual} on {since}; waiting for the answer.',
  'due.introUpdate': 'The chat they made possible happened: tell them how it went.',
  'plan.early.onTrack':
    'Early days: using your plan until there is more to go on. At {pace} you reach {target} on {finish}, in time for {deadline}.',
  'plan.early.behind':
    'Early days: using your plan until there is more to go on. At {pace} you reach {target} on {finish}; to make {deadline}, hold {needed} a week — about {actions}.',
  'today.debrief': 'Your chat was {when}: how did it go? Note what you learned and the names they gave.',
  'today.replied': 'They replied: agree on a day and a time for the chat.',
  'today.thankYouSoon': 'You held a chat today: a thank-you within 24 hours keeps the door open.',
  'today.introUpdateSoon': 'The chat they made possible happened today: tell them how it went.',
  'today.draft': 'Your draft is waiting (started {when}): finish it and press Send yourself.',
  'today.leadSuggested': '{person} suggested you talk to them: write while the name is fresh.',
  'today.leadIntroduced': '{person} introduced you: answer while the introduction is warm.',
  'today.seen': 'You looked at their profile ({when}) and have not written yet.',
} as const;
