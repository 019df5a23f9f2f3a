import { defineErrors } from '../entry.js';

const refused = { status: 422, exit: 'invalid_input' } as const;
const invalid = { code: 'invalid_input', status: 400, exit: 'invalid_input' } as const;
const chooseOffered = {
  de: 'Wählen Sie eine der angebotenen freien Zeiten.',
  en: 'Choose one of the free times offered.',
} as const;

/**
 * Refusals of the booking core. `details` carry what a person needs to fix them (free
 * alternatives, the quota left, the missing prerequisite); the field is named as the caller's
 * request names it.
 */
export const bookingErrors = defineErrors({
  booking_unknown_state: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Unbekanntes Bundesland „{state}“; nutzen Sie den ISO-3166-2-Code, z. B. „DE-MV“.',
      en: 'Unknown state "{state}"; use the ISO 3166-2 code of the state, e.g. "DE-MV".',
    },
    hint: {
      de: 'DE-MV ist Mecklenburg-Vorpommern; seine Feiertage schließen die Ressourcen.',
      en: 'DE-MV is Mecklenburg-Vorpommern; its public holidays close the resources.',
    },
  },
  booking_not_a_time: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: '{field}: „{value}“ ist kein Zeitpunkt.',
      en: '{field}: "{value}" is not a point in time.',
    },
    hint: {
      de: 'Nutzen Sie eine ISO-Zeit mit Versatz (2025-03-30T10:00:00+02:00) oder eine Ortszeit (2025-03-30T10:00).',
      en: 'Use an ISO time with offset (2025-03-30T10:00:00+02:00) or a local time (2025-03-30T10:00).',
    },
  },
  booking_invalid_field: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: { de: '{field}: {problem}', en: '{field}: {problem}' },
    hint: {
      de: 'Korrigieren Sie dieses Feld und senden Sie die Anfrage erneut.',
      en: 'Correct this field and send the request again.',
    },
  },
  booking_end_missing: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Geben Sie das Ende oder die Dauer der Reservierung an.',
      en: 'Give the end or the duration of the reservation.',
    },
    hint: { de: 'Ergänzen Sie end oder durationMinutes.', en: 'Add end or durationMinutes.' },
  },
  booking_end_before_start: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Das Ende muss nach dem Beginn liegen.',
      en: 'The end must be after the start.',
    },
  },
  booking_already_begun: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: { de: 'Diese Zeit hat schon begonnen.', en: 'This time has already begun.' },
  },
  booking_whole_resource: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: '„{resource}“ wird nur als Ganzes gebucht; seats muss 1 sein.',
      en: '"{resource}" is booked as a whole; seats must be 1.',
    },
  },
  booking_too_many_seats: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: '„{resource}“ hat nur {capacity} Plätze.',
      en: '"{resource}" has only {capacity} seats.',
    },
  },
  booking_exclusive_capacity: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Eine exklusive Ressource hat die Kapazität 1.',
      en: 'An exclusive resource has capacity 1.',
    },
    hint: { de: 'Nutzen Sie kind „capacity“ für Plätze.', en: 'Use kind "capacity" for seats.' },
  },
  booking_resource_exists: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Eine Ressource „{id}“ gibt es schon.',
      en: 'A resource "{id}" exists already.',
    },
    hint: { de: 'Wählen Sie eine andere ID.', en: 'Choose another id.' },
  },
  booking_actor_missing: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: { de: 'Geben Sie an, wer handelt.', en: 'Say who acts.' },
  },
  booking_person_missing: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Geben Sie an, wessen Qualifikation das ist.',
      en: 'Say whose qualification this is.',
    },
  },
  booking_prerequisite_unnamed: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: { de: 'Nennen Sie die Voraussetzung.', en: 'Name the prerequisite.' },
  },
  booking_search_unscoped: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Nennen Sie die Ressourcen oder ihre Kategorie.',
      en: 'Name the resources or their category.',
    },
  },
  booking_date_format: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: { de: 'Schreiben Sie das Datum als JJJJ-MM-TT.', en: 'Write the date as YYYY-MM-DD.' },
  },
  booking_search_range: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Das Enddatum muss nach dem ersten Datum liegen.',
      en: 'The end date must be after the first date.',
    },
  },
  booking_search_too_long: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Suchen Sie höchstens 400 Tage auf einmal.',
      en: 'Search at most 400 days at once.',
    },
  },
  booking_anonymise_all: {
    ...invalid,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: { de: 'Geben Sie personId oder endedBefore an.', en: 'Give personId or endedBefore.' },
    hint: {
      de: 'Alles auf einmal zu anonymisieren ist nicht vorgesehen.',
      en: 'Anonymising everything at once is not offered.',
    },
  },
  booking_not_found: {
    code: 'not_found',
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Nicht gefunden', en: 'Not found' },
    message: { de: '{what} „{id}“ wurde nicht gefunden.', en: '{what} "{id}" was not found.' },
  },
  too_short: {
    ...refused,
    title: { de: 'Reservierung zu kurz', en: 'Reservation too short' },
    message: {
      de: 'Eine Reservierung von „{resource}“ dauert mindestens {minutes} Minuten.',
      en: 'A reservation of "{resource}" lasts at least {minutes} minutes.',
    },
    hint: { de: 'Wählen Sie eine längere Zeit.', en: 'Choose a longer time.' },
  },
  too_long: {
    ...refused,
    title: { de: 'Reservierung zu lang', en: 'Reservation too long' },
    message: {
      de: 'Eine Reservierung von „{resource}“ dauert höchstens {minutes} Minuten.',
      en: 'A reservation of "{resource}" lasts at most {minutes} minutes.',
    },
    hint: {
      de: 'Wählen Sie eine kürzere Zeit oder buchen Sie mehrere Reservierungen.',
      en: 'Choose a shorter time or book several reservations.',
    },
  },
  notice_too_short: {
    ...refused,
    title: { de: 'Zu kurzfristig', en: 'Too short notice' },
    message: {
      de: '„{resource}“ muss mindestens {minutes} Minuten im Voraus gebucht werden.',
      en: '"{resource}" must be booked at least {minutes} minutes ahead.',
    },
    hint: { de: 'Wählen Sie eine spätere Zeit.', en: 'Choose a later time.' },
  },
  notice_already_begun: {
    ...refused,
    code: 'notice_too_short',
    title: { de: 'Zu kurzfristig', en: 'Too short notice' },
    message: { de: 'Diese Zeit hat schon begonnen.', en: 'This time has already begun.' },
    hint: { de: 'Wählen Sie eine spätere Zeit.', en: 'Choose a later time.' },
  },
  beyond_horizon: {
    ...refused,
    title: { de: 'Zu weit im Voraus', en: 'Too far ahead' },
    message: {
      de: '„{resource}“ kann höchstens {days} Tage im Voraus gebucht werden.',
      en: '"{resource}" can be booked at most {days} days ahead.',
    },
    hint: { de: 'Buchen Sie ab {from}.', en: 'Book from {from} on.' },
  },
  outside_opening_hours: {
    ...refused,
    title: { de: 'Außerhalb der Öffnungszeiten', en: 'Outside opening hours' },
    message: {
      de: '„{resource}“ ist nicht die ganze Zeit von {from} bis {to} geöffnet.',
      en: '"{resource}" is not open for the whole time from {from} to {to}.',
    },
    hint: {
      de: 'Wählen Sie eine der angebotenen freien Zeiten oder einen anderen Tag.',
      en: 'Choose one of the free times offered, or another day.',
    },
  },
  not_on_grid: {
    ...refused,
    title: {
      de: 'Kein buchbarer Beginn oder keine buchbare Dauer',
      en: 'Not a bookable start or length',
    },
    message: {
      de: '„{resource}“ wird in Schritten von {minutes} Minuten ab {from} gebucht.',
      en: '"{resource}" is booked in steps of {minutes} minutes from {from}.',
    },
    hint: chooseOffered,
  },
  quota_count_exceeded: {
    ...refused,
    code: 'quota_exceeded',
    title: { de: 'Kontingent aufgebraucht', en: 'Quota used up' },
    message: {
      de: 'Sie dürfen „{resource}“ höchstens {max}-mal pro {period} buchen.',
      en: 'You may book "{resource}" at most {max} times per {period}.',
    },
    hint: {
      de: 'Wählen Sie eine Zeit in einem anderen Zeitraum ({period}) oder eine kürzere Zeit.',
      en: 'Choose a time in another {period} or a shorter time.',
    },
  },
  quota_hours_exceeded: {
    ...refused,
    code: 'quota_exceeded',
    title: { de: 'Kontingent aufgebraucht', en: 'Quota used up' },
    message: {
      de: 'Sie dürfen „{resource}“ höchstens {max} Stunden pro {period} buchen; {left} Stunden sind übrig.',
      en: 'You may book "{resource}" at most {max} hours per {period}; {left} hours are left.',
    },
    hint: {
      de: 'Wählen Sie eine Zeit in einem anderen Zeitraum ({period}) oder eine kürzere Zeit.',
      en: 'Choose a time in another {period} or a shorter time.',
    },
  },
  prerequisite_missing: {
    ...refused,
    title: { de: 'Voraussetzung fehlt', en: 'Prerequisite missing' },
    message: {
      de: '„{resource}“ setzt zuerst „{prerequisite}“ voraus.',
      en: '"{resource}" needs "{prerequisite}" first.',
    },
    hint: {
      de: 'Buchen Sie zuerst die Einweisung; das Personal trägt sie danach für Sie ein.',
      en: 'Book the briefing first; staff record it for you afterwards.',
    },
  },
  prerequisite_expires: {
    ...refused,
    code: 'prerequisite_missing',
    title: { de: 'Voraussetzung fehlt', en: 'Prerequisite missing' },
    message: {
      de: 'Ihre „{prerequisite}“ gilt nur bis {until}.',
      en: 'Your "{prerequisite}" is valid only until {until}.',
    },
    hint: {
      de: 'Buchen Sie zuerst die Einweisung; das Personal trägt sie danach für Sie ein.',
      en: 'Book the briefing first; staff record it for you afterwards.',
    },
  },
  slot_taken: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Schon gebucht', en: 'Already booked' },
    message: {
      de: '„{resource}“ ist zu dieser Zeit schon gebucht.',
      en: '"{resource}" is already booked at this time.',
    },
    hint: {
      de: 'Wählen Sie eine der angebotenen freien Zeiten oder setzen Sie sich auf die Warteliste.',
      en: 'Choose one of the free times offered, or join the waitlist.',
    },
  },
  seats_taken: {
    code: 'slot_taken',
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Schon gebucht', en: 'Already booked' },
    message: {
      de: 'Für „{resource}“ sind zu dieser Zeit nicht mehr genug Plätze frei.',
      en: 'Not enough free seats left on "{resource}" at this time.',
    },
    hint: {
      de: 'Wählen Sie eine der angebotenen freien Zeiten oder setzen Sie sich auf die Warteliste.',
      en: 'Choose one of the free times offered, or join the waitlist.',
    },
  },
  too_late_to_cancel: {
    ...refused,
    title: { de: 'Zu spät für eine Änderung', en: 'Too late to change' },
    message: {
      de: 'Diese Reservierung kann nur bis {deadline} storniert oder verschoben werden.',
      en: 'This reservation can be cancelled or moved only until {deadline}.',
    },
    hint: { de: 'Bitte wenden Sie sich an das Personal.', en: 'Please contact the staff.' },
  },
  invalid_transition: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'In diesem Zustand nicht möglich', en: 'Not possible in this state' },
    message: {
      de: 'Eine Reservierung im Zustand „{status}“ kann nicht {action} werden.',
      en: 'A reservation that is {status} cannot be {action}.',
    },
  },
  changed_meanwhile: {
    code: 'invalid_transition',
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Inzwischen geändert', en: 'Changed meanwhile' },
    message: {
      de: 'Die Reservierung wurde inzwischen geändert; laden Sie sie neu.',
      en: 'The reservation was changed meanwhile; load it again.',
    },
  },
  not_check_in_time: {
    code: 'invalid_transition',
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Keine Zeit zum Einchecken', en: 'Not the time to check in' },
    message: {
      de: 'Einchecken ist ab 30 Minuten vor {start} bis zum Ende möglich.',
      en: 'Check-in is possible from 30 minutes before {start} until the end.',
    },
  },
  not_yet_begun: {
    code: 'invalid_transition',
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Noch nicht begonnen', en: 'Not yet begun' },
    message: {
      de: 'Als nicht erschienen gilt eine Reservierung erst, wenn sie begonnen hat.',
      en: 'A reservation can be marked as no-show only after it has begun.',
    },
  },
  idempotency_conflict: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Idempotenzschlüssel schon benutzt', en: 'Idempotency key already used' },
    message: {
      de: 'Dieser Idempotenzschlüssel gehört zu einer anderen Reservierung.',
      en: 'This idempotency key belongs to another reservation.',
    },
    hint: {
      de: 'Nutzen Sie für jede neue Reservierung einen neuen Schlüssel.',
      en: 'Use a new key for each new reservation.',
    },
  },
  offer_not_yet: {
    code: 'offer_expired',
    status: 410,
    exit: 'invalid_input',
    title: { de: 'Angebot abgelaufen', en: 'Offer expired' },
    message: { de: 'Für Sie gibt es noch kein Angebot.', en: 'There is no offer for you yet.' },
    hint: {
      de: 'Setzen Sie sich erneut auf die Warteliste oder wählen Sie eine andere Zeit.',
      en: 'Join the waitlist again or pick another time.',
    },
  },
  offer_passed_on: {
    code: 'offer_expired',
    status: 410,
    exit: 'invalid_input',
    title: { de: 'Angebot abgelaufen', en: 'Offer expired' },
    message: {
      de: 'Dieses Angebot ist abgelaufen und ging an die nächste wartende Person.',
      en: 'This offer has expired and went to the next person waiting.',
    },
    hint: {
      de: 'Setzen Sie sich erneut auf die Warteliste oder wählen Sie eine andere Zeit.',
      en: 'Join the waitlist again or pick another time.',
    },
  },
  offer_expired: {
    status: 410,
    exit: 'invalid_input',
    title: { de: 'Angebot abgelaufen', en: 'Offer expired' },
    message: {
      de: 'Dieses Angebot ist abgelaufen oder wurde inzwischen vergeben.',
      en: 'This offer has expired or was taken meanwhile.',
    },
    hint: {
      de: 'Setzen Sie sich erneut auf die Warteliste oder wählen Sie eine andere Zeit.',
      en: 'Join the waitlist again or pick another time.',
    },
  },
  series_conflicts: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Einige Termine sind nicht frei', en: 'Some dates are not free' },
    message: {
      de: '{count} von {total} Terminen können nicht gebucht werden: {dates}.',
      en: '{count} of {total} dates cannot be booked: {dates}.',
    },
    hint: {
      de: 'Wählen Sie für jeden dieser Termine eine Alternative oder buchen Sie nur die freien Termine (skipConflicts).',
      en: 'Pick an alternative for each of these dates, or book the free dates only (skipConflicts).',
    },
  },
});
