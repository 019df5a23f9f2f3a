/** The e-mails an organiser gets: the confirmation link, the town's decision. */
export const submissionMailMessages = {
  de: {
    'events.submissionMail.confirm.subject': 'Bitte bestätigen: „{title}“',
    'events.submissionMail.confirm.body':
      'Guten Tag {name},\n\nSie haben in der App {app} die Veranstaltung „{title}“ am {when} eingetragen. Bitte bestätigen Sie sie innerhalb von 72 Stunden über diesen Link:\n\n{link}\n\nErst danach sieht die Stadt Ihre Eintragung. Haben Sie nichts eingetragen, ignorieren Sie diese E-Mail: Die Angaben werden dann nach 72 Stunden gelöscht.',
    'events.submissionMail.approved.subject': 'Veröffentlicht: „{title}“',
    'events.submissionMail.approved.body':
      'Guten Tag {name},\n\nIhre Veranstaltung „{title}“ ist jetzt in der App {app} zu sehen:\n\n{link}\n\nVielen Dank!',
    'events.submissionMail.rejected.subject': 'Nicht veröffentlicht: „{title}“',
    'events.submissionMail.rejected.body':
      'Guten Tag {name},\n\nIhre Veranstaltung „{title}“ wird in der App {app} nicht veröffentlicht. Die Begründung der Stadt:\n\n{reason}\n\nSie können die Veranstaltung mit geänderten Angaben erneut eintragen.',
  },
  en: {
    'events.submissionMail.confirm.subject': 'Please confirm: "{title}"',
    'events.submissionMail.confirm.body':
      'Hello {name},\n\nYou submitted the event "{title}" on {when} in the {app} app. Please confirm it within 72 hours with this link:\n\n{link}\n\nOnly then does the town see your submission. If you submitted nothing, ignore this e-mail: the details are deleted after 72 hours.',
    'events.submissionMail.approved.subject': 'Published: "{title}"',
    'events.submissionMail.approved.body':
      'Hello {name},\n\nYour event "{title}" can now be seen in the {app} app:\n\n{link}\n\nThank you!',
    'events.submissionMail.rejected.subject': 'Not published: "{title}"',
    'events.submissionMail.rejected.body':
      'Hello {name},\n\nYour event "{title}" will not be published in the {app} app. The town\'s reason:\n\n{reason}\n\nYou may submit the event again with changed details.',
  },
} as const;
