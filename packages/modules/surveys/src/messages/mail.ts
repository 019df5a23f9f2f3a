/** The e-mail a voter in a binding poll gets; keys start with `surveys.mail.`. */
export const mailMessages = {
  de: {
    'surveys.mail.confirm.subject': 'Bitte bestätigen Sie Ihre Stimme: „{title}“',
    'surveys.mail.confirm.body':
      'Guten Tag,\n\nSie haben in der App {app} an der verbindlichen Abstimmung „{title}“ teilgenommen. Ihre Stimme zählt erst, wenn Sie sie innerhalb von {hours} Stunden über diesen Link bestätigen:\n\n{link}\n\nIhre E-Mail-Adresse wird nicht mit Ihrer Stimme gespeichert. Haben Sie nicht abgestimmt, ignorieren Sie diese E-Mail: Die Stimme wird dann gelöscht.',
  },
  en: {
    'surveys.mail.confirm.subject': 'Please confirm your vote: "{title}"',
    'surveys.mail.confirm.body':
      'Hello,\n\nYou took part in the binding poll "{title}" in the {app} app. Your vote counts only once you confirm it within {hours} hours with this link:\n\n{link}\n\nYour e-mail address is not stored with your vote. If you did not vote, ignore this e-mail: the vote is then deleted.',
  },
} as const;
