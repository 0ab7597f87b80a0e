// Spanish coaching copy: the same keys, placeholders and `.one` / `.other` plural pairs as the
// English table (messages-en.ts). Pass it to coach functions as `translator(ES)` and format
// numbers and dates with the locale 'es'. The user is addressed with "tú", like the rest of the
// Spanish UI, in words that read the same in Spain and in Latin America.

import type { MessageKey } from './messages';

export const ES: Record<MessageKey, string> = {
  'unit.chats.one': '{n} conversación',
  'unit.chats.other': '{n} conversaciones',
  'unit.chatsAWeek.one': '{n} conversación por semana',
  'unit.chatsAWeek.other': '{n} conversaciones por semana',
  'unit.actionsADay.one': '{n} acción de contacto al día',
  'unit.actionsADay.other': '{n} acciones de contacto al día',
  'unit.mutuals.one': '{n} contacto en común',
  'unit.mutuals.other': '{n} contactos en común',

  'plan.done':
    'Has tenido {held} conversaciones: has alcanzado el objetivo de {target}. Sigue adelante: más opciones significan más donde elegir.',
  'plan.deadlinePassed':
    'Ha llegado la fecha límite, el {deadline}, y faltan {remaining}: elige una fecha nueva para empezar un plan nuevo.',
  'plan.noPlan':
    'Fija un objetivo semanal de conversaciones para ver cuándo llegarás a {target}; para llegar al {deadline}, necesitas {needed} por semana, unas {actions}.',
  'plan.pace.onTrack': 'Con {pace}, llegarás a {target} el {finish}, a tiempo para el {deadline}.',
  'plan.pace.behind':
    'Con {pace}, llegarás a {target} el {finish}; para llegar al {deadline}, necesitas {needed} por semana, unas {actions}.',
  'plan.noChatsYet.onTrack':
    'Aún no has tenido ninguna conversación; con el ritmo de tu plan ({pace}), llegarás a {target} el {finish}, a tiempo para el {deadline}.',
  'plan.noChatsYet.behind':
    'Aún no has tenido ninguna conversación; con el ritmo de tu plan ({pace}), llegarás a {target} el {finish}; para llegar al {deadline}, necesitas {needed} por semana, unas {actions}.',
  'plan.noneRecently.onTrack':
    'Ninguna conversación en las últimas cuatro semanas; con el ritmo de tu plan ({pace}), llegarás a {target} el {finish}, a tiempo para el {deadline}.',
  'plan.noneRecently.behind':
    'Ninguna conversación en las últimas cuatro semanas; con el ritmo de tu plan ({pace}), llegarás a {target} el {finish}; para llegar al {deadline}, necesitas {needed} por semana, unas {actions}.',

  'why.thankYou': 'Has tenido una conversación: un agradecimiento en menos de un día deja la puerta abierta.',
  'why.introUpdate':
    'Cuéntale a {mutual} cómo fue la conversación: así se cierra el círculo de la presentación.',
  'why.followUp': 'Sin respuesta después de {days}: un seguimiento breve es razonable.',
  'why.waitForReply': 'Dale tiempo: haz un seguimiento dentro de {days} si no hay respuesta.',
  'why.inmail': 'Un InMail le llega sin necesidad de estar conectados.',
  'why.inmailNeedsPremium': 'Un InMail le llega directamente, pero requiere Premium o una prueba gratuita.',
  'why.invitationPremium': 'Una invitación con nota (300 caracteres).',
  'why.invitationFree': 'Una invitación con nota: 200 caracteres con una cuenta gratuita.',
  'why.introAnyMutual': '2.º grado, {mutuals}: pídele a uno de ellos que te presente.',
  'why.introVia': '2.º grado, {mutuals}: pídele a {mutual} que te presente.',
  'why.warm':
    'Alguien que te conoce: a una petición cercana se le dice que sí con facilidad, y trae pistas y opiniones sobre tu historia.',
  'why.reconnectWarm': 'Ha pasado más de un año: un mensaje sincero para retomar el contacto funciona bien.',
  'why.firstDegree': '1.er grado: escríbele directamente.',
  'why.reconnectLinkedIn':
    '1.er grado, sin contacto desde hace más de un año: los lazos antiguos valen oro; retoma primero el contacto.',
  'why.pending':
    'Invitación pendiente: espera a que la acepte, o pide mientras tanto a un contacto en común que te presente.',
  'why.pendingInmail': 'La invitación sigue pendiente: un InMail breve puede servir de seguimiento.',
  'why.top20': 'En tu Top 20. {reason}',

  'due.thankYou': 'Has tenido una conversación: envía un agradecimiento.',
  'due.followUp': 'Sin respuesta después de {days}: un seguimiento breve.',
  'due.top20': 'N.º {rank} de tu Top 20, aún sin ningún contacto.',
  'due.reconnectContacted':
    'Último contacto en {year}: un mensaje sincero para retomar el contacto funciona.',
  'due.reconnectConnected': 'Conectados desde {year} y sin contacto desde entonces: retoma el contacto.',

  'pipeline.keepGoing.one':
    '«{title}» pinta bien: mantén tus objetivos de conversaciones. Tener varias opciones te da margen, donde elegir y libertad.',
  'pipeline.keepGoing.other':
    '{count} conversaciones están en la fase de entrevista o más allá: mantén tus objetivos de conversaciones. Tener varias opciones te da margen, donde elegir y libertad.',

  'top20.waiting': 'Le escribiste el {since}; aún no hay respuesta.',
  'top20.inConversation': 'En conversación: acuerda con esta persona un momento para el café.',
  'top20.connectedLongAgo':
    'Conectados desde {year} y sin ningún contacto: los lazos antiguos valen oro; retoma el contacto.',
  'top20.warmNotAsked': 'Ya te conoce: un sí fácil y una buena primera conversación.',
  'top20.notContacted': 'Aún sin ningún contacto: esta semana es un buen momento.',
  'top20.oldTie':
    'Sin contacto desde hace {years} años o más: un mensaje sincero para retomar el contacto funciona.',
  'top20.declined': 'Esta vez ha dicho que no: quizá puedas darle este puesto a otra persona.',
  'top20.noReply': 'Sin respuesta la última vez: prueba otro canal o una presentación.',
  'top20.keepInTouch': 'En contacto hace poco: pide el siguiente paso o una presentación.',
  'unit.businessDays.one': '{n} día hábil',
  'unit.businessDays.other': '{n} días hábiles',
  'why.followUpIntro':
    'Sin respuesta de {mutual} sobre la presentación después de {days}: un recordatorio amable a {mutual}.',
  'why.followUpIntroAsMutual':
    'Le pediste que te presentara a {person} hace {days} y no ha respondido: un recordatorio amable.',
  'why.waitForIntro':
    'Le pediste la presentación a {mutual}: dale tiempo y escríbele de nuevo dentro de {days} si no responde.',
  'why.waitAfterFollowUp': 'Ya hiciste un seguimiento: dale tiempo y después déjalo estar.',
  'why.letGo':
    'Sin respuesta a tu seguimiento: déjalo por ahora, márcalo como «sin respuesta» y dedica tu energía a la siguiente persona.',
  'why.secondPerson':
    'Sin respuesta después de {days}: mientras tanto, prueba con otra persona de la misma empresa, {other}.',
  'why.inConversation': 'Te ha respondido: acordad un día y una hora para la conversación.',
  'why.chatScheduled': 'Tu conversación está programada: prepara algunas preguntas y tu historia.',
  'why.connectWithoutNote':
    'No te quedan notas personalizadas este mes: conecta sin nota y envía tu mensaje cuando acepte.',
  'why.introViaClose': '2.º grado, {mutuals}: pídele a {mutual}, que te conoce bien, que te presente.',
  'why.warmEmail':
    'Alguien que te conoce y tienes su correo: un correo cercano consigue un sí con facilidad.',
  'why.pendingDays':
    'Invitación pendiente: dale otros {days} para aceptarla, o pide mientras tanto a un contacto en común que te presente.',
  'why.introUpdateToYou':
    'Te presentó y la conversación ya tuvo lugar: cuéntale cómo fue y dale las gracias.',
  'due.followUpIntro': 'Sin respuesta sobre la presentación a {person} después de {days}: un recordatorio.',
  'due.secondPerson': 'Sin respuesta de {person} después de {days}: prueba con {other}, de la misma empresa.',
  'due.letGo': 'Sin respuesta a tu seguimiento: déjalo estar.',
  'top20.introAsked': 'Presentación pedida a través de {mutual} el {since}; a la espera de respuesta.',
  'due.introUpdate': 'La conversación que hizo posible ya tuvo lugar: cuéntale cómo fue.',
  'plan.early.onTrack':
    'Aún es pronto: se usa tu plan hasta tener más datos. Con {pace}, llegarás a {target} el {finish}, a tiempo para el {deadline}.',
  'plan.early.behind':
    'Aún es pronto: se usa tu plan hasta tener más datos. Con {pace}, llegarás a {target} el {finish}; para llegar al {deadline}, necesitas {needed} por semana, unas {actions}.',
  'today.debrief':
    'Tu conversación fue {when}: ¿cómo te fue? Anota lo que aprendiste y los nombres que te dieron.',
  'today.replied': 'Te ha respondido: acordad un día y una hora para la conversación.',
  'today.thankYouSoon':
    'Hoy has tenido una conversación: un agradecimiento en menos de 24 horas mantiene la puerta abierta.',
  'today.introUpdateSoon': 'La conversación que hizo posible fue hoy: cuéntale cómo fue.',
  'today.draft': 'Tu borrador te espera (empezado {when}): termínalo y pulsa Enviar tú mismo.',
  'today.leadSuggested':
    '{person} te sugirió hablar con esta persona: escríbele mientras el nombre está fresco.',
  'today.leadIntroduced': '{person} os ha presentado: responde mientras la presentación está reciente.',
  'today.seen': 'Viste su perfil ({when}) y aún no le has escrito.',
};
