// French coaching copy: the same keys, placeholders and `.one` / `.other` plural pairs as the
// English table (messages-en.ts). Pass it to coach functions as `translator(FR)` and format
// numbers and dates with the locale 'fr'. The user is addressed with "vous", like the rest of the
// French UI; French puts a no-break space before : ; ! and ?.

import type { MessageKey } from './messages';

export const FR: Record<MessageKey, string> = {
  'unit.chats.one': '{n} échange',
  'unit.chats.other': '{n} échanges',
  'unit.chatsAWeek.one': '{n} échange par semaine',
  'unit.chatsAWeek.other': '{n} échanges par semaine',
  'unit.actionsADay.one': '{n} prise de contact par jour',
  'unit.actionsADay.other': '{n} prises de contact par jour',
  'unit.mutuals.one': '{n} relation en commun',
  'unit.mutuals.other': '{n} relations en commun',

  'plan.done':
    'Vous avez fait {held} échanges : l’objectif de {target} est atteint. Continuez : plus d’options, c’est plus de choix.',
  'plan.deadlinePassed':
    'L’échéance du {deadline} est arrivée et il reste {remaining} : choisissez une nouvelle date pour repartir sur un plan neuf.',
  'plan.noPlan':
    'Fixez un objectif hebdomadaire d’échanges pour savoir quand vous atteindrez {target} ; pour tenir le {deadline}, il faut {needed} par semaine, soit environ {actions}.',
  'plan.pace.onTrack':
    'À raison de {pace}, vous atteindrez {target} le {finish}, à temps pour le {deadline}.',
  'plan.pace.behind':
    'À raison de {pace}, vous atteindrez {target} le {finish} ; pour tenir le {deadline}, il faut {needed} par semaine, soit environ {actions}.',
  'plan.noChatsYet.onTrack':
    'Aucun échange pour l’instant ; à raison de {pace} comme prévu, vous atteindrez {target} le {finish}, à temps pour le {deadline}.',
  'plan.noChatsYet.behind':
    'Aucun échange pour l’instant ; à raison de {pace} comme prévu, vous atteindrez {target} le {finish} ; pour tenir le {deadline}, il faut {needed} par semaine, soit environ {actions}.',
  'plan.noneRecently.onTrack':
    'Aucun échange ces quatre dernières semaines ; à raison de {pace} comme prévu, vous atteindrez {target} le {finish}, à temps pour le {deadline}.',
  'plan.noneRecently.behind':
    'Aucun échange ces quatre dernières semaines ; à raison de {pace} comme prévu, vous atteindrez {target} le {finish} ; pour tenir le {deadline}, il faut {needed} par semaine, soit environ {actions}.',

  'why.thankYou': 'Vous avez eu un échange : un remerciement dans la journée garde la porte ouverte.',
  'why.introUpdate':
    'Racontez à {mutual} comment s’est passé l’échange : la mise en relation est ainsi bouclée.',
  'why.followUp': 'Pas de réponse après {days} : une courte relance est tout à fait légitime.',
  'why.waitForReply': 'Laissez-lui le temps : relancez dans {days} si rien ne vient.',
  'why.inmail': 'Un InMail lui parvient sans que vous soyez en relation.',
  'why.inmailNeedsPremium': 'Un InMail lui parvient directement, mais il faut Premium ou un essai gratuit.',
  'why.invitationPremium': 'Une invitation avec une note (300 caractères).',
  'why.invitationFree': 'Une invitation avec une note : 200 caractères avec un compte gratuit.',
  'why.introAnyMutual': '2e niveau, {mutuals} : demandez à l’une d’elles de vous présenter.',
  'why.introVia': '2e niveau, {mutuals} : demandez à {mutual} de vous présenter.',
  'why.warm':
    'Quelqu’un qui vous connaît : une demande à un proche obtient facilement un oui, des pistes et un avis sur votre histoire.',
  'why.reconnectWarm': 'Cela fait plus d’un an : un message sincère pour reprendre contact fonctionne bien.',
  'why.firstDegree': '1er niveau : écrivez-lui directement.',
  'why.reconnectLinkedIn':
    '1er niveau, sans contact depuis plus d’un an : les liens anciens valent de l’or, reprenez d’abord contact.',
  'why.pending':
    'Invitation en attente : attendez qu’elle soit acceptée, ou demandez entre-temps une présentation à une relation commune.',
  'why.pendingInmail': 'Invitation toujours en attente : un court InMail peut servir de relance.',
  'why.top20': 'Dans votre Top 20. {reason}',

  'due.thankYou': 'Vous avez eu un échange : envoyez un remerciement.',
  'due.followUp': 'Pas de réponse après {days} : une courte relance.',
  'due.top20': 'Nº {rank} de votre Top 20 : pas encore de prise de contact.',
  'due.reconnectContacted':
    'Dernier contact en {year} : un message sincère pour reprendre contact fonctionne bien.',
  'due.reconnectConnected': 'En relation depuis {year}, sans contact depuis : reprenez contact.',

  'pipeline.keepGoing.one':
    '« {title} » : voilà une piste prometteuse. Gardez vos objectifs d’échanges. Plusieurs options, c’est un levier, du choix et de la liberté.',
  'pipeline.keepGoing.other':
    '{count} pistes en sont à l’entretien ou plus loin : gardez vos objectifs d’échanges. Plusieurs options, c’est un levier, du choix et de la liberté.',

  'top20.waiting': 'Demande envoyée le {since}, pas encore de réponse.',
  'top20.inConversation': 'Échange en cours : convenez d’un moment pour le café.',
  'top20.connectedLongAgo':
    'En relation depuis {year}, sans aucune prise de contact : les liens anciens valent de l’or, reprenez contact.',
  'top20.warmNotAsked': 'Vous connaît déjà : un oui facile, et un bon premier échange.',
  'top20.notContacted': 'Pas encore de prise de contact : cette semaine est le bon moment.',
  'top20.oldTie':
    'Sans contact depuis {years} ans ou plus : un message sincère pour reprendre contact fonctionne bien.',
  'top20.declined': 'Refus cette fois-ci : peut-être laisser cette place à quelqu’un d’autre.',
  'top20.noReply': 'Pas de réponse la dernière fois : essayez un autre canal ou une mise en relation.',
  'top20.keepInTouch': 'Contact récent : demandez la prochaine étape ou une mise en relation.',
  'unit.businessDays.one': '{n} jour ouvré',
  'unit.businessDays.other': '{n} jours ouvrés',
  'why.followUpIntro':
    'Pas de réponse de {mutual} au sujet de la présentation après {days} : une relance amicale à {mutual}.',
  'why.followUpIntroAsMutual':
    'Vous lui avez demandé une présentation à {person} il y a {days}, sans réponse : une relance amicale.',
  'why.waitForIntro':
    'Vous avez demandé la présentation à {mutual} : laissez-lui le temps, et relancez dans {days} sans réponse.',
  'why.waitAfterFollowUp': 'Vous avez déjà relancé : laissez-lui le temps, puis passez à autre chose.',
  'why.letGo':
    'Pas de réponse à votre relance : laissez tomber pour l’instant, marquez « pas de réponse » et consacrez votre énergie à la personne suivante.',
  'why.secondPerson':
    'Pas de réponse après {days} : en attendant, essayez une deuxième personne dans la même entreprise, {other}.',
  'why.inConversation': 'Cette personne a répondu : convenez d’un jour et d’une heure pour l’échange.',
  'why.chatScheduled': 'Votre échange est prévu : préparez quelques questions et votre histoire.',
  'why.connectWithoutNote':
    'Plus de notes personnalisées ce mois-ci : invitez sans note, puis envoyez votre message une fois l’invitation acceptée.',
  'why.introViaClose':
    '2e niveau, {mutuals} : demandez à {mutual}, qui vous connaît bien, de vous présenter.',
  'why.warmEmail':
    'Quelqu’un qui vous connaît, et vous avez son e-mail : un e-mail chaleureux obtient facilement un oui.',
  'why.pendingDays':
    'Invitation en attente : laissez-lui encore {days} pour l’accepter, ou demandez entre-temps une présentation à une relation commune.',
  'why.introUpdateToYou':
    'Cette personne vous a présenté et l’échange a eu lieu : racontez-lui comment cela s’est passé et remerciez-la.',
  'due.followUpIntro': 'Pas de réponse sur la présentation à {person} après {days} : relancez une fois.',
  'due.secondPerson': 'Pas de réponse de {person} après {days} : essayez {other}, dans la même entreprise.',
  'due.letGo': 'Pas de réponse à votre relance : passez à autre chose.',
  'top20.introAsked': 'Présentation demandée via {mutual} le {since} ; réponse en attente.',
  'due.introUpdate':
    'L’échange que cette personne a rendu possible a eu lieu : racontez-lui comment cela s’est passé.',
  'plan.early.onTrack':
    'C’est le début : votre plan sert de base en attendant d’avoir plus de recul. À raison de {pace}, vous atteindrez {target} le {finish}, à temps pour le {deadline}.',
  'plan.early.behind':
    'C’est le début : votre plan sert de base en attendant d’avoir plus de recul. À raison de {pace}, vous atteindrez {target} le {finish} ; pour tenir le {deadline}, il faut {needed} par semaine, soit environ {actions}.',
  'today.debrief':
    'Votre échange a eu lieu {when} : comment cela s’est-il passé ? Notez ce que vous avez appris et les noms qu’on vous a donnés.',
  'today.replied': 'Cette personne a répondu : convenez d’un jour et d’une heure pour l’échange.',
  'today.thankYouSoon':
    'Vous avez eu un échange aujourd’hui : un remerciement dans les 24 heures laisse la porte ouverte.',
  'today.introUpdateSoon':
    'L’échange que cette personne a rendu possible a eu lieu aujourd’hui : racontez-lui comment cela s’est passé.',
  'today.draft': 'Votre brouillon attend (commencé {when}) : terminez-le et cliquez vous-même sur Envoyer.',
  'today.leadSuggested':
    '{person} vous a conseillé de lui parler : écrivez tant que le nom est encore frais.',
  'today.leadIntroduced': '{person} vous a mis en relation : répondez tant que la présentation est récente.',
  'today.seen': 'Vous avez consulté son profil ({when}) sans lui écrire encore.',
};
