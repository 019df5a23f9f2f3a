/** What residents read when they follow categories or mark dates; keys `events.follow.`, `events.remind.`, `events.device.`. */
export const deviceMessages = {
  de: {
    'events.settings.title': 'Veranstaltungen',
    'events.follow.lead':
      'Folgen Sie Kategorien: Einmal am Tag, um 17 Uhr, erfahren Sie von neuen Veranstaltungen darin – eine Nachricht, nicht eine je Veranstaltung.',
    'events.follow.categories': 'Kategorien, denen Sie folgen',
    'events.follow.days': 'Wie viele Tage vorher möchten Sie davon hören?',
    'events.follow.daysOption': '{count} Tage vorher',
    'events.follow.dayOption': '1 Tag vorher',
    'events.follow.save': 'Kategorien speichern',
    'events.follow.saved': 'Gespeichert. Sie hören einmal am Tag von neuen Veranstaltungen.',
    'events.follow.off': 'Nicht mehr folgen',
    'events.follow.offDone': 'Sie folgen keinen Kategorien mehr.',
    'events.follow.none': 'Wählen Sie mindestens eine Kategorie.',
    'events.remind.lead': 'Erinnerung',
    'events.remind.mark': 'Erinnern',
    'events.remind.markDate': 'Erinnern: {day}',
    'events.remind.unmark': 'Erinnerung entfernen',
    'events.remind.unmarkDate': 'Erinnerung entfernen: {day}',
    'events.remind.marked':
      'Wir erinnern Sie an den {day}. Der Termin steht unter „Meine Termine“.',
    'events.remind.unmarked': 'Die Erinnerung an den {day} ist entfernt.',
    'events.remind.before30': '30 Minuten vorher',
    'events.remind.before60': '1 Stunde vorher',
    'events.remind.before120': '2 Stunden vorher',
    'events.remind.before180': '3 Stunden vorher',
    'events.remind.before1440': '1 Tag vorher',
    'events.device.unsupported':
      'Dieser Browser kann keine Push-Nachrichten empfangen. Nutzen Sie „In den Kalender“ oder einen anderen Browser.',
    'events.device.needsInstall':
      'Auf iPhone und iPad kommen Nachrichten nur in der App vom Home-Bildschirm: Tippen Sie auf „Teilen“ und „Zum Home-Bildschirm“.',
    'events.device.denied':
      'Benachrichtigungen sind für diese Seite blockiert. Erlauben Sie sie in den Einstellungen Ihres Browsers.',
    'events.device.dismissed':
      'Sie haben die Frage nach Benachrichtigungen geschlossen. Versuchen Sie es noch einmal und wählen Sie „Erlauben“.',
    'events.device.notReady':
      'Die App ist noch nicht bereit für Push-Nachrichten. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
    'events.device.service':
      'Der Push-Dienst Ihres Browsers ist gerade nicht erreichbar. Versuchen Sie es später noch einmal.',
    'events.device.network': 'Keine Verbindung zum Server. Versuchen Sie es später noch einmal.',
    'events.device.server':
      'Der Server hat die Angabe nicht angenommen. Versuchen Sie es später noch einmal.',
  },
  en: {
    'events.settings.title': 'Events',
    'events.follow.lead':
      'Follow categories: once a day, at 5 pm, you hear of new events in them – one message, not one per event.',
    'events.follow.categories': 'Categories you follow',
    'events.follow.days': 'How many days ahead do you want to hear of them?',
    'events.follow.daysOption': '{count} days ahead',
    'events.follow.dayOption': '1 day ahead',
    'events.follow.save': 'Save categories',
    'events.follow.saved': 'Saved. You hear of new events once a day.',
    'events.follow.off': 'Stop following',
    'events.follow.offDone': 'You follow no categories any more.',
    'events.follow.none': 'Choose at least one category.',
    'events.remind.lead': 'Reminder',
    'events.remind.mark': 'Remind me',
    'events.remind.markDate': 'Remind me: {day}',
    'events.remind.unmark': 'Remove reminder',
    'events.remind.unmarkDate': 'Remove reminder: {day}',
    'events.remind.marked': 'We will remind you of {day}. The date is under “My dates”.',
    'events.remind.unmarked': 'The reminder of {day} is removed.',
    'events.remind.before30': '30 minutes before',
    'events.remind.before60': '1 hour before',
    'events.remind.before120': '2 hours before',
    'events.remind.before180': '3 hours before',
    'events.remind.before1440': '1 day before',
    'events.device.unsupported':
      'This browser cannot receive push notifications. Use “Add to calendar” or another browser.',
    'events.device.needsInstall':
      'On iPhone and iPad notifications arrive only in the app on the home screen: tap “Share”, then “Add to Home Screen”.',
    'events.device.denied':
      'Notifications are blocked for this site. Allow them in your browser’s settings.',
    'events.device.dismissed':
      'You closed the question about notifications. Try again and choose “Allow”.',
    'events.device.notReady':
      'The app is not ready for push notifications yet. Reload the page and try again.',
    'events.device.service':
      'Your browser’s push service cannot be reached at the moment. Please try again later.',
    'events.device.network': 'No connection to the server. Please try again later.',
    'events.device.server': 'The server did not accept this. Please try again later.',
  },
} as const;
