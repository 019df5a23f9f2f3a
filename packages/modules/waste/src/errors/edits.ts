import { defineErrors, errorRaiser } from '@city-app/core';

/**
 * What staff's manual edits of streets, tours and pickups are refused with, beyond the
 * catalogue's common `not_found` and `validation_failed`.
 */
export const editErrors = defineErrors({
  waste_location_exists: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Straße schon vorhanden', en: 'Street exists already' },
    message: {
      de: '„{label}“ gibt es schon im Abfallkalender.',
      en: '"{label}" is in the waste calendar already.',
    },
    hint: {
      de: 'Suchen Sie die Straße in der Liste und bearbeiten Sie sie dort, oder geben Sie einen anderen Ortsteil oder andere Hausnummern an.',
      en: 'Find the street in the list and edit it there, or give another district or other house numbers.',
    },
  },
  waste_type_unknown: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Unbekannte Abfallart', en: 'Unknown waste type' },
    message: {
      de: 'Die Abfallart „{typeId}“ gibt es in dieser Stadt nicht.',
      en: 'There is no waste type "{typeId}" in this town.',
    },
    hint: {
      de: 'Wählen Sie eine der Abfallarten aus der Stadtkonfiguration: {known}.',
      en: 'Choose one of the waste types of the town config: {known}.',
    },
  },
  waste_tour_other_type: {
    status: 422,
    exit: 'invalid_input',
    title: { de: 'Tour einer anderen Abfallart', en: 'Tour of another waste type' },
    message: {
      de: 'Die Tour „{tour}“ fährt {tourType}, nicht {typeId}.',
      en: 'The tour "{tour}" collects {tourType}, not {typeId}.',
    },
    hint: {
      de: 'Wählen Sie eine Tour derselben Abfallart.',
      en: 'Choose a tour of the same waste type.',
    },
  },
  waste_pickup_exists: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Termin schon vorhanden', en: 'Date taken' },
    message: {
      de: 'Die Tour „{tour}“ hat am {date} schon einen Termin.',
      en: 'The tour "{tour}" already has a pickup on {date}.',
    },
    hint: {
      de: 'Wählen Sie einen anderen Tag, oder bearbeiten Sie den vorhandenen Termin.',
      en: 'Choose another day, or edit the pickup that is there.',
    },
  },
  waste_shift_collides: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Verschiebung trifft andere Termine', en: 'Shift meets other dates' },
    message: {
      de: 'Um {days} Tage verschoben, fielen Termine der Tour „{tour}“ auf Tage, an denen sie schon fährt: {dates}.',
      en: 'Shifted by {days} days, pickups of the tour "{tour}" would fall on days it already runs: {dates}.',
    },
    hint: {
      de: 'Wählen Sie einen kleineren Zeitraum oder verschieben Sie diese Termine einzeln. Es wurde nichts geändert.',
      en: 'Choose a shorter range or move those dates one by one. Nothing was changed.',
    },
  },
  waste_pickup_not_cancelled: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Termin nicht abgesagt', en: 'Pickup not cancelled' },
    message: {
      de: 'Der Termin am {date} ist nicht abgesagt.',
      en: 'The pickup on {date} is not cancelled.',
    },
    hint: { de: 'Laden Sie die Seite neu.', en: 'Reload the page.' },
  },
  waste_pickup_already_cancelled: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Schon abgesagt', en: 'Cancelled already' },
    message: {
      de: 'Der Termin am {date} ist schon abgesagt.',
      en: 'The pickup on {date} is cancelled already.',
    },
    hint: { de: 'Laden Sie die Seite neu.', en: 'Reload the page.' },
  },
  waste_pickup_cancelled: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Termin abgesagt', en: 'Pickup cancelled' },
    message: {
      de: 'Der Termin am {date} ist abgesagt und kann nicht verschoben werden.',
      en: 'The pickup on {date} is cancelled and cannot be moved.',
    },
    hint: {
      de: 'Stellen Sie ihn zuerst wieder her, oder legen Sie einen neuen Termin an.',
      en: 'Restore it first, or add a new date.',
    },
  },
  waste_tour_in_use: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Tour wird noch gefahren', en: 'Tour still in use' },
    message: {
      de: 'Die Tour „{tour}“ fährt noch (kommende Termine: {dates}, Straßen und Ortsteile: {locations}). Gelöscht, verlören die Bürgerinnen und Bürger dort diese Termine ohne Nachricht.',
      en: 'The tour "{tour}" is still running (coming pickups: {dates}, streets and areas: {locations}). Deleted, residents there would lose these dates without being told.',
    },
    hint: {
      de: 'Ordnen Sie die Straßen zuerst einer anderen Tour zu, oder sagen Sie die kommenden Termine ab.',
      en: 'Assign the streets to another tour first, or cancel the coming pickups.',
    },
  },
});

/** `throw editError('waste_pickup_exists', { tour, date }, { field: 'date' })`. */
export const editError = errorRaiser(editErrors);
