// German coaching copy: the same keys, placeholders and `.one` / `.other` plural pairs as the
// English table (messages-en.ts). Pass it to coach functions as `translator(DE)` and format
// numbers and dates with the locale 'de'. The user is addressed with "du", like the rest of the UI.

import type { MessageKey } from './messages';

export const DE: Record<MessageKey, string> = {
  'unit.chats.one': '{n} Gespräch',
  'unit.chats.other': '{n} Gespräche',
  'unit.chatsAWeek.one': '{n} Gespräch pro Woche',
  'unit.chatsAWeek.other': '{n} Gespräche pro Woche',
  'unit.actionsADay.one': '{n} Kontaktaufnahme pro Tag',
  'unit.actionsADay.other': '{n} Kontaktaufnahmen pro Tag',
  'unit.mutuals.one': '{n} gemeinsamer Kontakt',
  'unit.mutuals.other': '{n} gemeinsame Kontakte',

  'plan.done':
    'Du hast {held} Gespräche geführt: Das Ziel von {target} ist erreicht. Mach weiter – mehr Optionen bedeuten mehr Auswahl.',
  'plan.deadlinePassed':
    'Der Stichtag, {deadline}, ist erreicht – noch offen: {remaining}. Setz ein neues Datum für einen frischen Plan.',
  'plan.noPlan':
    'Leg ein Wochenziel für Gespräche fest, um zu sehen, wann du auf {target} kommst; um den {deadline} zu schaffen, sind {needed} pro Woche nötig – etwa {actions}.',
  'plan.pace.onTrack':
    'Wenn du {pace} führst, kommst du am {finish} auf {target} – rechtzeitig zum {deadline}.',
  'plan.pace.behind':
    'Wenn du {pace} führst, kommst du am {finish} auf {target}; um den {deadline} zu schaffen, sind {needed} pro Woche nötig – etwa {actions}.',
  'plan.noChatsYet.onTrack':
    'Noch keine Gespräche geführt; dein Plan sieht {pace} vor, damit kommst du am {finish} auf {target} – rechtzeitig zum {deadline}.',
  'plan.noChatsYet.behind':
    'Noch keine Gespräche geführt; dein Plan sieht {pace} vor, damit kommst du am {finish} auf {target}; um den {deadline} zu schaffen, sind {needed} pro Woche nötig – etwa {actions}.',
  'plan.noneRecently.onTrack':
    'Keine Gespräche in den letzten vier Wochen; dein Plan sieht {pace} vor, damit kommst du am {finish} auf {target} – rechtzeitig zum {deadline}.',
  'plan.noneRecently.behind':
    'Keine Gespräche in den letzten vier Wochen; dein Plan sieht {pace} vor, damit kommst du am {finish} auf {target}; um den {deadline} zu schaffen, sind {needed} pro Woche nötig – etwa {actions}.',

  'why.thankYou': 'Du hattest ein Gespräch: Ein Dankeschön innerhalb eines Tages hält die Tür offen.',
  'why.introUpdate': 'Erzähl {mutual}, wie das Gespräch lief: Das rundet die Vorstellung ab.',
  'why.followUp': 'Keine Antwort nach {days}: Eine kurze Nachfrage ist fair.',
  'why.waitForReply': 'Gib der Person Zeit: Frag in {days} nach, wenn keine Antwort kommt.',
  'why.inmail': 'Eine InMail erreicht die Person ohne Vernetzung.',
  'why.inmailNeedsPremium':
    'Eine InMail erreicht die Person direkt, braucht aber Premium oder einen kostenlosen Testzeitraum.',
  'why.invitationPremium': 'Eine Einladung mit Notiz (300 Zeichen).',
  'why.invitationFree': 'Eine Einladung mit Notiz – 200 Zeichen mit einem kostenlosen Konto.',
  'why.introAnyMutual': '2. Grad, {mutuals}: Bitte einen davon um eine Vorstellung.',
  'why.introVia': '2. Grad, {mutuals}: Bitte {mutual} um eine Vorstellung.',
  'why.warm':
    'Jemand, der dich kennt: Persönliche Anfragen bekommen leicht ein Ja, dazu Tipps und Feedback zu deiner Geschichte.',
  'why.reconnectWarm': 'Es ist über ein Jahr her: Eine ehrliche Nachricht zum Wiederanknüpfen wirkt.',
  'why.firstDegree': '1. Grad: Schreib der Person direkt.',
  'why.reconnectLinkedIn':
    '1. Grad, seit über einem Jahr kein Kontakt: Alte Kontakte sind Gold wert – knüpf zuerst wieder an.',
  'why.pending':
    'Einladung ausstehend: Warte, bis sie angenommen wird – oder bitte inzwischen einen gemeinsamen Kontakt um eine Vorstellung.',
  'why.pendingInmail': 'Einladung noch ausstehend: Eine kurze InMail kann nachhaken.',
  'why.top20': 'In deinen Top 20. {reason}',

  'due.thankYou': 'Du hattest ein Gespräch: Schick ein Dankeschön.',
  'due.followUp': 'Keine Antwort nach {days}: eine kurze Nachfrage.',
  'due.top20': 'Nummer {rank} in deinen Top 20, noch nicht kontaktiert.',
  'due.reconnectContacted':
    'Letzter Kontakt im Jahr {year}: Eine ehrliche Nachricht zum Wiederanknüpfen wirkt.',
  'due.reconnectConnected': 'Vernetzt seit {year}, seitdem kein Kontakt: Knüpf wieder an.',

  'pipeline.keepGoing.one':
    '„{title}“ sieht vielversprechend aus – halte deine Gesprächsziele hoch: Mehrere Optionen bedeuten Verhandlungsmacht, Auswahl und Freiheit.',
  'pipeline.keepGoing.other':
    '{count} Kontakte sind beim Vorstellungsgespräch oder schon weiter – halte deine Gesprächsziele hoch: Mehrere Optionen bedeuten Verhandlungsmacht, Auswahl und Freiheit.',

  'top20.waiting': 'Angefragt am {since}, noch keine Antwort.',
  'top20.inConversation': 'Im Gespräch: Vereinbare einen Termin für das Gespräch.',
  'top20.connectedLongAgo':
    'Vernetzt seit {year} und nie kontaktiert: Alte Kontakte sind Gold wert – knüpf wieder an.',
  'top20.warmNotAsked': 'Kennt dich schon: ein leichtes Ja und ein guter erster Termin.',
  'top20.notContacted': 'Noch nicht kontaktiert: Diese Woche ist ein guter Zeitpunkt.',
  'top20.oldTie': 'Seit {years}+ Jahren kein Kontakt: Eine ehrliche Nachricht zum Wiederanknüpfen wirkt.',
  'top20.declined': 'Diesmal abgesagt: Gib diesen Platz vielleicht jemand anderem.',
  'top20.noReply': 'Letztes Mal keine Antwort: Versuch einen anderen Kanal oder eine Vorstellung.',
  'top20.keepInTouch': 'Kürzlich in Kontakt: Frag nach dem nächsten Schritt oder einer Vorstellung.',
  'unit.businessDays.one': '{n} Werktag',
  'unit.businessDays.other': '{n} Werktagen',
  'why.followUpIntro':
    'Keine Antwort von {mutual} zur Vorstellung nach {days}: Hak einmal freundlich bei {mutual} nach.',
  'why.followUpIntroAsMutual':
    'Du hast vor {days} um eine Vorstellung bei {person} gebeten, ohne Antwort: Hak einmal freundlich nach.',
  'why.waitForIntro':
    'Du hast {mutual} um die Vorstellung gebeten: Gib ihr oder ihm Zeit – hak in {days} nach, wenn keine Antwort kommt.',
  'why.waitAfterFollowUp': 'Du hast schon nachgefragt: Gib der Person Zeit, dann lass es gut sein.',
  'why.letGo':
    'Keine Antwort auf deine Nachfrage: Lass es vorerst gut sein – markiere es als „keine Antwort“ und steck deine Energie in die nächste Person.',
  'why.secondPerson':
    'Keine Antwort nach {days}: Versuch es inzwischen bei einer zweiten Person im selben Unternehmen – {other}.',
  'why.inConversation': 'Die Person hat geantwortet: Vereinbart einen Tag und eine Uhrzeit für das Gespräch.',
  'why.chatScheduled': 'Euer Gespräch steht: Bereite ein paar Fragen und deine Geschichte vor.',
  'why.connectWithoutNote':
    'Diesen Monat sind keine persönlichen Notizen mehr übrig: Vernetz dich ohne Notiz und schick deine Nachricht, sobald die Person annimmt.',
  'why.introViaClose':
    '2. Grad, {mutuals}: Bitte {mutual}, die oder der dich gut kennt, um eine Vorstellung.',
  'why.warmEmail':
    'Jemand, der dich kennt, und du hast die E-Mail-Adresse: Eine persönliche E-Mail bekommt leicht ein Ja.',
  'why.pendingDays':
    'Einladung ausstehend: Gib der Person noch {days} Zeit zum Annehmen – oder bitte inzwischen einen gemeinsamen Kontakt um eine Vorstellung.',
  'why.introUpdateToYou':
    'Diese Person hat dich vorgestellt, und das Gespräch hat stattgefunden: Erzähl, wie es war, und bedank dich.',
  'due.followUpIntro': 'Keine Antwort zur Vorstellung bei {person} nach {days}: einmal nachhaken.',
  'due.secondPerson': 'Keine Antwort von {person} nach {days}: Versuch es bei {other} im selben Unternehmen.',
  'due.letGo': 'Keine Antwort auf deine Nachfrage: Lass es gut sein.',
  'top20.introAsked': 'Vorstellung am {since} über {mutual} erbeten; die Antwort steht noch aus.',
  'due.introUpdate': 'Das Gespräch, das diese Person möglich gemacht hat, fand statt: Erzähl, wie es war.',
  'plan.early.onTrack':
    'Noch früh: Bis es mehr Daten gibt, rechnet der Plan mit deinen Vorgaben. Mit {pace} erreichst du {target} am {finish}, rechtzeitig vor dem {deadline}.',
  'plan.early.behind':
    'Noch früh: Bis es mehr Daten gibt, rechnet der Plan mit deinen Vorgaben. Mit {pace} erreichst du {target} am {finish}; für den {deadline} brauchst du {needed} pro Woche – etwa {actions}.',
  'today.debrief':
    'Dein Gespräch war {when}: Wie lief es? Halte fest, was du gelernt hast und welche Namen genannt wurden.',
  'today.replied': 'Die Person hat geantwortet: Vereinbart einen Tag und eine Uhrzeit für das Gespräch.',
  'today.thankYouSoon':
    'Du hattest heute ein Gespräch: Ein Dankeschön innerhalb von 24 Stunden hält die Tür offen.',
  'today.introUpdateSoon':
    'Das Gespräch, das diese Person möglich gemacht hat, war heute: Erzähl, wie es war.',
  'today.draft': 'Dein Entwurf wartet (begonnen {when}): Schreib ihn fertig und drück selbst auf Senden.',
  'today.leadSuggested': '{person} hat dir diese Person empfohlen: Schreib, solange der Name frisch ist.',
  'today.leadIntroduced': '{person} hat euch vorgestellt: Antworte, solange die Vorstellung frisch ist.',
  'today.seen': 'Du hast dir das Profil angesehen ({when}), aber noch nicht geschrieben.',
};
