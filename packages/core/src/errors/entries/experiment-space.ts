import { defineErrors } from '../entry.js';

const invalid = { code: 'validation_failed', status: 400, exit: 'invalid_input' } as const;
const invalidTitle = { de: 'Ungültige Eingabe', en: 'Invalid input' } as const;
const notFound = {
  code: 'not_found',
  status: 404,
  exit: 'invalid_input',
  title: { de: 'Nicht gefunden', en: 'Not found' },
} as const;
const notPossible = {
  status: 409,
  exit: 'invalid_input',
  title: { de: 'Nicht möglich', en: 'Not possible' },
} as const;
/** Staff act on a booking; a place on the waitlist is no booking yet. */
const waitlistPlace = { ...notPossible, code: 'invalid_transition' } as const;
const dataAccess = {
  code: 'data_access_invalid',
  status: 401,
  exit: 'invalid_input',
  title: { de: 'Link nicht gültig', en: 'Link not valid' },
} as const;
const chooseAnotherId = {
  de: 'Wählen Sie eine andere Kennung.',
  en: 'Choose another id.',
} as const;

/**
 * Refusals of the library's digital experiment space (`@city-app/module-experiment-space`);
 * those of the booking core it is built on are the booking entries.
 */
export const experimentSpaceErrors = defineErrors({
  space_resource_not_found: {
    ...notFound,
    message: {
      de: 'Die Ressource „{id}“ wurde nicht gefunden.',
      en: 'The resource "{id}" was not found.',
    },
  },
  space_booking_not_found: {
    ...notFound,
    message: {
      de: 'Die Buchung „{id}“ wurde nicht gefunden.',
      en: 'The booking "{id}" was not found.',
    },
  },
  space_course_not_found: {
    ...notFound,
    message: {
      de: 'Der Kurs „{id}“ wurde nicht gefunden.',
      en: 'The course "{id}" was not found.',
    },
  },
  space_session_not_found: {
    ...notFound,
    message: {
      de: 'Der Kurstermin „{id}“ wurde nicht gefunden.',
      en: 'The course date "{id}" was not found.',
    },
  },
  space_quota_not_found: {
    ...notFound,
    message: { de: 'Das Kontingent wurde nicht gefunden.', en: 'The quota was not found.' },
  },
  space_no_booking_for_link: {
    ...notFound,
    message: {
      de: 'Zu diesem Link gibt es keine Buchung.',
      en: 'There is no booking for this link.',
    },
    hint: {
      de: 'Prüfen Sie den Link in Ihrer E-Mail; eine gelöschte Buchung hat keinen Link mehr.',
      en: 'Check the link in your e-mail; an erased booking has no link any more.',
    },
  },
  space_no_calendar_entry: {
    ...notFound,
    code: 'no_calendar_entry',
    message: {
      de: 'Ein Platz auf der Warteliste hat noch keinen Kalendereintrag.',
      en: 'A place on the waitlist has no calendar entry yet.',
    },
    hint: {
      de: 'Sie erhalten ihn, wenn Sie einen angebotenen Platz annehmen.',
      en: 'You get one when you accept an offered place.',
    },
  },
  space_unknown_resource: {
    ...invalid,
    title: invalidTitle,
    message: { de: 'Es gibt keine Ressource „{id}“.', en: 'There is no resource "{id}".' },
  },
  space_unknown_room: {
    ...invalid,
    title: invalidTitle,
    message: { de: 'Es gibt keinen Raum „{id}“.', en: 'There is no room "{id}".' },
    hint: {
      de: 'Geben Sie die Kennung eines Raums des Experimentierraums an.',
      en: 'Use the id of a room of the experiment space.',
    },
  },
  space_photo_not_found: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Das Foto gibt es auf diesem Server nicht (mehr).',
      en: 'This photo does not exist (any more) on this server.',
    },
    hint: {
      de: 'Laden Sie das Foto erneut hoch.',
      en: 'Upload the photo again.',
    },
  },
  space_resource_exists: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Eine Ressource „{id}“ gibt es schon.',
      en: 'A resource "{id}" exists already.',
    },
    hint: chooseAnotherId,
  },
  space_course_exists: {
    ...invalid,
    title: invalidTitle,
    message: { de: 'Einen Kurs „{id}“ gibt es schon.', en: 'A course "{id}" exists already.' },
    hint: chooseAnotherId,
  },
  space_session_exists: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Der Kurs hat schon einen Termin „{id}“.',
      en: 'The course has a date "{id}" already.',
    },
    hint: chooseAnotherId,
  },
  space_session_id_format: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Die Kennung eines Termins besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. „1“.',
      en: 'The id of a date uses lower-case letters, digits and dashes, e.g. "1".',
    },
  },
  space_session_start_format: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Schreiben Sie den Beginn als JJJJ-MM-TTTHH:MM.',
      en: 'Write the start as YYYY-MM-DDTHH:MM.',
    },
  },
  space_session_end: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Ein Termin endet nach seinem Beginn am selben Tag (JJJJ-MM-TTTHH:MM).',
      en: 'A date ends after its start on the same day (YYYY-MM-DDTHH:MM).',
    },
  },
  space_date_format: {
    ...invalid,
    title: invalidTitle,
    message: { de: 'Schreiben Sie das Datum als JJJJ-MM-TT.', en: 'Write the date as YYYY-MM-DD.' },
  },
  space_room_fixed: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Der Raum eines Kurses lässt sich nicht ändern, solange er Termine hat.',
      en: 'The room of a course cannot change while it has dates.',
    },
    hint: {
      de: 'Sagen Sie zuerst seine Termine ab, oder legen Sie einen neuen Kurs im anderen Raum an.',
      en: 'Cancel its dates first, or create a new course in the other room.',
    },
  },
  space_no_such_date: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Der Kurs hat keinen Termin „{id}“, für den man sich anmelden kann.',
      en: 'The course has no date "{id}" to register for.',
    },
  },
  space_organisation_missing: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Eine Gruppenbuchung braucht den Namen der Schule, des Vereins, des Unternehmens oder des Bildungsträgers.',
      en: 'A group booking needs the name of the school, association, business or provider.',
    },
    hint: {
      de: 'Geben Sie den Namen der Organisation an, oder buchen Sie als Privatperson.',
      en: 'Enter the organisation’s name, or book as a private person.',
    },
  },
  space_reason_not_json: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Der Inhalt ist kein JSON; senden Sie ein JSON-Objekt mit „reason“ oder nichts.',
      en: 'The body is not JSON; send a JSON object with "reason", or nothing.',
    },
  },
  space_reason_too_long: {
    ...invalid,
    title: invalidTitle,
    message: {
      de: 'Die Begründung hat höchstens 500 Zeichen.',
      en: 'The reason has at most 500 characters.',
    },
  },
  space_not_bookable_by_group: {
    code: 'not_bookable_by_group',
    status: 403,
    exit: 'invalid_input',
    title: { de: 'Nicht für diese Gruppe', en: 'Not for this group' },
    message: {
      de: 'Das können nur diese Gruppen buchen: {groups}.',
      en: 'This can be booked only by: {groups}.',
    },
    hint: {
      de: 'Wählen Sie eine Gruppe, die es buchen darf, oder fragen Sie die Bibliothek.',
      en: 'Choose a group that may book it, or ask the library.',
    },
  },
  space_provider_quota_exceeded: {
    code: 'quota_exceeded',
    status: 422,
    exit: 'invalid_input',
    title: { de: 'Kontingent aufgebraucht', en: 'Quota used up' },
    message: {
      de: '{organisation} darf diese Räume höchstens {max} Stunden pro {period} buchen; {left} Stunden sind übrig.',
      en: '{organisation} may book these rooms for {max} hours per {period}; {left} hours are left.',
    },
    hint: {
      de: 'Wählen Sie eine kürzere Zeit oder einen anderen Zeitraum ({period}), oder bitten Sie die Bibliothek, das Kontingent zu erhöhen.',
      en: 'Choose a shorter time or another {period}, or ask the library to raise the quota.',
    },
  },
  space_not_movable: {
    ...notPossible,
    code: 'not_movable',
    message: {
      de: 'Eine Kursanmeldung lässt sich nicht verschieben; sagen Sie sie ab und melden Sie sich für einen anderen Termin an.',
      en: 'A course registration cannot be moved; cancel it and register for another date.',
    },
  },
  space_already_registered: {
    ...notPossible,
    code: 'already_registered',
    message: {
      de: 'Diese E-Mail-Adresse ist für diesen Termin schon angemeldet.',
      en: 'This e-mail is already registered for this date.',
    },
    hint: {
      de: 'Mit dem Link in Ihrer Bestätigung sehen Sie die Anmeldung oder sagen sie ab.',
      en: 'Use the link in your confirmation e-mail to see or cancel it.',
    },
  },
  space_no_offer: {
    ...notPossible,
    code: 'no_offer',
    message: {
      de: 'Zu dieser Buchung gibt es kein Angebot von der Warteliste.',
      en: 'This booking has no waitlist offer to accept.',
    },
  },
  space_approve_waitlist_place: {
    ...waitlistPlace,
    message: {
      de: 'Nur eine Buchung kann genehmigt werden, kein Platz auf der Warteliste.',
      en: 'Only a booking can be approved, not a place on the waitlist.',
    },
  },
  space_decline_waitlist_place: {
    ...waitlistPlace,
    message: {
      de: 'Nur eine Buchung kann abgelehnt werden, kein Platz auf der Warteliste.',
      en: 'Only a booking can be declined, not a place on the waitlist.',
    },
  },
  space_check_in_waitlist_place: {
    ...waitlistPlace,
    message: {
      de: 'Ein Platz auf der Warteliste kann nicht einchecken.',
      en: 'A waitlist place cannot check in.',
    },
  },
  space_no_show_waitlist_place: {
    ...waitlistPlace,
    message: {
      de: 'Ein Platz auf der Warteliste kann nicht als nicht erschienen gelten.',
      en: 'A waitlist place cannot be a no-show.',
    },
  },
  space_data_access_invalid: {
    ...dataAccess,
    message: {
      de: 'Dieser Link zu Ihren Daten gilt nicht (mehr): Er funktioniert einmal und 30 Minuten lang.',
      en: 'This link to your data is not valid (any more): it works once and for 30 minutes.',
    },
    hint: {
      de: 'Fordern Sie auf der Seite „Meine Daten“ mit Ihrer E-Mail-Adresse einen neuen Link an.',
      en: 'Ask for a new link with your e-mail address on the page “Meine Daten”.',
    },
  },
  space_data_access_missing: {
    ...dataAccess,
    message: {
      de: 'Öffnen Sie den Link aus der E-Mail, um Ihre Daten zu sehen.',
      en: 'Open the link from the e-mail to see your data.',
    },
    hint: {
      de: 'Fordern Sie auf der Seite „Meine Daten“ mit Ihrer E-Mail-Adresse einen Link an.',
      en: 'Ask for a link with your e-mail address on the page “Meine Daten”.',
    },
  },
});
