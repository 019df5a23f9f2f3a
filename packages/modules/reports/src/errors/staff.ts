import { defineErrors, errorRaiser } from '@city-app/core';

/** What staff's changes to reports are refused with. */
export const staffErrors = defineErrors({
  reports_status_unchanged: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Nichts geändert', en: 'Nothing changed' },
    message: {
      de: 'Die Meldung steht schon auf „{status}“, und es gibt keine Notiz.',
      en: 'The report is "{status}" already, and there is no note.',
    },
    hint: {
      de: 'Wählen Sie einen anderen Stand, oder schreiben Sie eine öffentliche oder interne Notiz.',
      en: 'Choose another status, or write a public or internal note.',
    },
  },
  reports_status_back_to_new: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Nicht zurück auf „Neu“', en: 'Not back to "new"' },
    message: {
      de: 'Eine Meldung kann nicht wieder „Neu“ werden.',
      en: 'A report cannot become "new" again.',
    },
    hint: {
      de: 'Wählen Sie „Bestätigt“, um sie wieder zu öffnen.',
      en: 'Choose "confirmed" to open it again.',
    },
  },
  reports_closing_reason_missing: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Grund fehlt', en: 'Reason missing' },
    message: {
      de: 'Wer eine Meldung schließt, nennt den Grund.',
      en: 'Closing a report needs a reason.',
    },
    hint: {
      de: 'Wählen Sie einen Grund; Bewohnerinnen und Bewohner lesen ihn bei der Meldung.',
      en: 'Choose a reason; residents read it on the report.',
    },
  },
  reports_merge_into_itself: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Nicht mit sich selbst', en: 'Not with itself' },
    message: {
      de: 'Eine Meldung kann nicht mit sich selbst zusammengeführt werden.',
      en: 'A report cannot be merged into itself.',
    },
    hint: {
      de: 'Geben Sie die Nummer der ersten Meldung zur selben Sache an.',
      en: 'Give the number of the first report of the same thing.',
    },
  },
  reports_merge_target_merged: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Schon zusammengeführt', en: 'Merged already' },
    message: {
      de: 'Meldung {publicId} ist selbst schon mit {into} zusammengeführt.',
      en: 'Report {publicId} is itself merged into {into} already.',
    },
    hint: {
      de: 'Führen Sie die Meldung mit {into} zusammen.',
      en: 'Merge the report into {into}.',
    },
  },
  reports_already_merged: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Schon zusammengeführt', en: 'Merged already' },
    message: {
      de: 'Diese Meldung ist schon mit {into} zusammengeführt und kann nicht mehr geändert werden.',
      en: 'This report is merged into {into} already and cannot be changed any more.',
    },
    hint: { de: 'Bearbeiten Sie Meldung {into}.', en: 'Work on report {into}.' },
  },
  reports_department_unknown: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Unbekannte Abteilung', en: 'Unknown department' },
    message: {
      de: 'Eine Abteilung „{department}“ gibt es nicht.',
      en: 'There is no department "{department}".',
    },
    hint: {
      de: 'Wählen Sie aus der Liste der Abteilungen.',
      en: 'Choose from the list of departments.',
    },
  },
  reports_assignee_unknown: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Nicht zuweisbar', en: 'Cannot be assigned' },
    message: {
      de: 'Diese Person kann keine Meldungen übernehmen: Es gibt sie nicht, ihr Zugang ist deaktiviert, oder ihr fehlt die Rolle „Mängelmelder“.',
      en: 'This person cannot take reports: they do not exist, their account is deactivated, or they lack the "defect reports" role.',
    },
    hint: {
      de: 'Wählen Sie aus der Liste der Kolleginnen und Kollegen; eine Administratorin kann die Rolle unter „Mitarbeitende“ vergeben.',
      en: 'Choose from the list of colleagues; an administrator can give the role under "Staff".',
    },
  },
  reports_template_not_found: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Textbaustein nicht gefunden', en: 'Response template not found' },
    message: {
      de: 'Diesen Textbaustein gibt es nicht (mehr).',
      en: 'This response template does not exist (any more).',
    },
    hint: { de: 'Laden Sie die Liste neu.', en: 'Reload the list.' },
  },
  reports_photo_none: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Kein Foto', en: 'No photo' },
    message: {
      de: 'Die Meldung {publicId} hat kein Foto.',
      en: 'Report {publicId} has no photo.',
    },
    hint: { de: 'Laden Sie die Meldung neu.', en: 'Reload the report.' },
  },
});

export const staffError = errorRaiser(staffErrors);
