import { defineErrors, errorRaiser } from '@city-app/core';

/** What the events module refuses beyond the catalogue's `not_found` and `validation_failed`. */
export const eventErrors = defineErrors({
  events_category_unknown: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Unbekannte Kategorie', en: 'Unknown category' },
    message: {
      de: 'Die Kategorie „{category}“ gibt es in dieser Stadt nicht.',
      en: 'There is no category "{category}" in this town.',
    },
    hint: {
      de: 'Wählen Sie eine der Kategorien: {known}.',
      en: 'Choose one of the categories: {known}.',
    },
  },
  events_venue_unknown: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Unbekannter Veranstaltungsort', en: 'Unknown venue' },
    message: {
      de: 'Den gewählten Veranstaltungsort gibt es nicht (mehr).',
      en: 'The chosen venue does not exist (any more).',
    },
    hint: {
      de: 'Wählen Sie einen Ort aus der Liste oder legen Sie ihn zuerst an.',
      en: 'Choose a venue from the list, or add it first.',
    },
  },
  events_venue_exists: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Ort schon vorhanden', en: 'Venue exists already' },
    message: {
      de: 'Einen Veranstaltungsort „{name}“ gibt es schon.',
      en: 'There is a venue "{name}" already.',
    },
    hint: {
      de: 'Bearbeiten Sie den vorhandenen Ort oder wählen Sie einen anderen Namen.',
      en: 'Edit the existing venue, or choose another name.',
    },
  },
  events_venue_in_use: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Ort wird genutzt', en: 'Venue in use' },
    message: {
      de: 'Am Ort „{name}“ finden noch {count} Veranstaltungen statt.',
      en: '{count} events still take place at "{name}".',
    },
    hint: {
      de: 'Ordnen Sie diese Veranstaltungen zuerst einem anderen Ort zu.',
      en: 'Move those events to another venue first.',
    },
  },
  events_date_unknown: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Kein solcher Termin', en: 'No such date' },
    message: {
      de: 'Die Veranstaltung hat am {date} keinen Termin.',
      en: 'The event has no date on {date}.',
    },
    hint: {
      de: 'Wählen Sie einen Termin aus der Liste der Veranstaltung.',
      en: 'Choose a date from the event’s list.',
    },
  },
  events_date_taken: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Tag schon belegt', en: 'Day taken' },
    message: {
      de: 'Die Veranstaltung hat am {date} schon einen Termin.',
      en: 'The event already takes place on {date}.',
    },
    hint: {
      de: 'Wählen Sie einen anderen Tag, oder sagen Sie diesen Termin stattdessen ab.',
      en: 'Choose another day, or cancel this date instead.',
    },
  },
});

export const eventError = errorRaiser(eventErrors);
