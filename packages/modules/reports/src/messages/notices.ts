import type { MessageCatalogue } from '@city-app/core';

/**
 * What the module sends: the push and e-mail on a status change to the reporter and the
 * followers, and the e-mail to a department for each new report.
 */
export const noticeMessages = {
  de: {
    'reports.push.status.title': 'Meldung {publicId}: {status}',
    'reports.push.status.body': '{category}: {note}',
    'reports.push.status.bodyNoNote': '{category} – der Stand hat sich geändert.',
    'reports.mail.status.subject': 'Ihre Meldung {publicId}: {status}',
    'reports.mail.status.body':
      'Guten Tag,\n\nIhre Meldung {publicId} ({category}) hat einen neuen Stand: {status}.\n\n{note}\n\nAlle Einzelheiten: {link}\n\nSie erhalten diese E-Mail, weil Sie bei Ihrer Meldung eine E-Mail-Adresse angegeben haben.\n\n{app}',
    'reports.mail.department.subject': 'Neue Meldung {publicId}: {category}',
    'reports.mail.department.body':
      'Eine neue Meldung für {department}:\n\nNummer: {publicId}\nKategorie: {category}\nOrt: {place}\nBeschreibung: {description}\nFoto: {photo}\n\nZur Bearbeitung: {link}\n\nDie Meldung ist noch nicht öffentlich; sie wartet auf Ihre Prüfung.',
    'reports.mail.department.withPhoto':
      'ja (nur für Mitarbeitende sichtbar, bis es freigegeben ist)',
    'reports.mail.department.noPhoto': 'keines',
    'reports.mail.department.noDescription': '(keine)',
    'reports.mail.department.noPlace': '(nicht angegeben)',
  },
  en: {
    'reports.push.status.title': 'Report {publicId}: {status}',
    'reports.push.status.body': '{category}: {note}',
    'reports.push.status.bodyNoNote': '{category} – its status has changed.',
    'reports.mail.status.subject': 'Your report {publicId}: {status}',
    'reports.mail.status.body':
      'Hello,\n\nyour report {publicId} ({category}) has a new status: {status}.\n\n{note}\n\nAll details: {link}\n\nYou get this e-mail because you gave an e-mail address with your report.\n\n{app}',
    'reports.mail.department.subject': 'New report {publicId}: {category}',
    'reports.mail.department.body':
      'A new report for {department}:\n\nNumber: {publicId}\nCategory: {category}\nPlace: {place}\nDescription: {description}\nPhoto: {photo}\n\nTo handle it: {link}\n\nThe report is not public yet; it waits for your review.',
    'reports.mail.department.withPhoto': 'yes (visible to staff only until it is released)',
    'reports.mail.department.noPhoto': 'none',
    'reports.mail.department.noDescription': '(none)',
    'reports.mail.department.noPlace': '(not given)',
  },
} satisfies MessageCatalogue;
