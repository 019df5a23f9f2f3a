import type { MessageCatalogue } from '@city-app/core';

/** Words of "Meine Interessen" in the settings. Loaded with the section, not with the first screen. */
export const interestsMessages = {
  de: {
    'interests.title': 'Meine Interessen',
    'interests.lead':
      'Wählen Sie, worüber die App Sie mit einer Mitteilung auf diesem Gerät informiert. Sie brauchen dafür kein Konto.',
    'interests.loading': 'Themen werden geladen …',
    'interests.loadFailed':
      'Die Themen für Benachrichtigungen konnten nicht geladen werden. Vielleicht sind Sie offline.',
    'interests.retry': 'Erneut versuchen',
    'interests.noTopics': 'Es gibt noch keine Themen, denen Sie folgen können.',
    'interests.state.unsupported.title': 'Dieser Browser kann keine Benachrichtigungen empfangen',
    'interests.state.unsupported.text':
      'Öffnen Sie die App in einem aktuellen Browser wie Firefox, Chrome, Edge oder Safari, um Mitteilungen zu erhalten. Alle Nachrichten finden Sie auch so in der App.',
    'interests.state.needsInstall.title': 'Zuerst zum Home-Bildschirm hinzufügen',
    'interests.state.needsInstall.text':
      'Auf iPhone und iPad erhalten Sie Mitteilungen nur in der App auf dem Home-Bildschirm: Tippen Sie in Safari auf „Teilen“ und dann auf „Zum Home-Bildschirm“. Öffnen Sie die App danach über das neue Symbol und kommen Sie hierher zurück.',
    'interests.state.denied.title': 'Benachrichtigungen sind blockiert',
    'interests.state.denied.text':
      'Sie haben Mitteilungen für diese App im Browser abgelehnt. So erlauben Sie sie wieder: Tippen Sie neben der Adresse auf das Schloss- oder Einstellungs-Symbol, stellen Sie „Benachrichtigungen“ auf „Zulassen“ und laden Sie die Seite neu. In der installierten App finden Sie die Einstellung in den Mitteilungs-Einstellungen Ihres Geräts.',
    'interests.state.off.title': 'Benachrichtigungen sind aus',
    'interests.state.off.text':
      'Wählen Sie Ihre Themen und schalten Sie Benachrichtigungen ein. Ihr Browser fragt dann einmal um Erlaubnis.',
    'interests.state.on.title': 'Benachrichtigungen sind eingeschaltet',
    'interests.state.on.text':
      'Sie erhalten Mitteilungen zu den gewählten Themen auf diesem Gerät.',
    'interests.fieldOther': 'Weitere Themen',
    'interests.topicsRequired': 'Bitte wählen Sie mindestens ein Thema.',
    'interests.areas': 'Ortsteile',
    'interests.areasHint':
      'Ohne Auswahl erhalten Sie Mitteilungen für die ganze Stadt. Mit Auswahl erhalten Sie Mitteilungen für die ganze Stadt und für Ihre Ortsteile.',
    'interests.quiet': 'Ruhezeiten',
    'interests.quietHint':
      'In dieser Zeit hält die App Mitteilungen zurück und schickt sie danach gesammelt.',
    'interests.quietUse': 'Ruhezeiten verwenden',
    'interests.quietFrom': 'Von (Uhrzeit)',
    'interests.quietTo': 'Bis (Uhrzeit)',
    'interests.quietInvalid': 'Bitte geben Sie eine Uhrzeit wie 22:00 ein.',
    'interests.quietSame': 'Beginn und Ende der Ruhezeiten müssen verschieden sein.',
    'interests.language': 'Sie erhalten Mitteilungen auf Deutsch, in der Sprache der App.',
    'interests.subscribe': 'Benachrichtigungen einschalten',
    'interests.save': 'Auswahl speichern',
    'interests.saved': 'Ihre Auswahl ist gespeichert.',
    'interests.subscribed': 'Benachrichtigungen sind eingeschaltet. Ihre Auswahl ist gespeichert.',
    'interests.test': 'Testbenachrichtigung senden',
    'interests.testSent': 'Die Testbenachrichtigung ist unterwegs. Sie sollte gleich erscheinen.',
    'interests.testTooSoon':
      'Bitte warten Sie einige Sekunden vor der nächsten Testbenachrichtigung.',
    'interests.unsubscribe': 'Benachrichtigungen ausschalten',
    'interests.unsubscribed':
      'Benachrichtigungen sind ausgeschaltet. Ihre Auswahl bleibt für später gespeichert.',
    'interests.dismissed':
      'Sie haben die Frage nach Benachrichtigungen geschlossen, ohne zu wählen. Versuchen Sie es noch einmal, wenn Sie möchten.',
    'interests.noServiceWorker':
      'Die App ist noch nicht vollständig geladen. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
    'interests.data': 'Meine Daten',
    'interests.dataHint':
      'Die Stadt speichert zu diesem Gerät nur Ihre Auswahl, die Adresse für Mitteilungen und ein Protokoll der Zustellungen.',
    'interests.export': 'Meine Daten herunterladen',
    'interests.exportNothing': 'Zu diesem Gerät ist nichts gespeichert.',
    'interests.delete': 'Meine Daten löschen',
    'interests.deleteConfirm':
      'Wirklich alles löschen? Benachrichtigungen werden ausgeschaltet und Ihre Auswahl wird gelöscht.',
    'interests.deleteYes': 'Ja, alles löschen',
    'interests.deleteNo': 'Abbrechen',
    'interests.deleted': 'Ihre Daten sind gelöscht.',
    'error.network':
      'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
    'interests.error.denied':
      'Ihr Browser blockiert Mitteilungen für diese App. Tippen Sie neben der Adresse auf das Schloss- oder Einstellungs-Symbol, stellen Sie „Benachrichtigungen“ auf „Zulassen“ und laden Sie die Seite neu.',
    'interests.error.gesture':
      'Ihr Browser fragt nur nach, wenn Sie selbst tippen. Bitte tippen Sie noch einmal auf „Benachrichtigungen einschalten“.',
    'interests.error.pushService':
      'Der Mitteilungsdienst Ihres Browsers ist gerade nicht erreichbar, darum konnten Benachrichtigungen nicht eingeschaltet werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es in ein paar Minuten noch einmal. Klappt es weiterhin nicht, ist der Dienst in Ihrem Browser vielleicht abgeschaltet (etwa durch Datenschutz-Einstellungen); dann hilft ein anderer aktueller Browser.',
    'interests.error.serverDown':
      'Der Server der App hat gerade ein Problem. Ihre Auswahl ist nicht gespeichert. Bitte versuchen Sie es später noch einmal.',
    'interests.error.serverRefused':
      'Der Server hat Ihre Auswahl nicht angenommen. Bitte laden Sie die Seite neu, prüfen Sie Ihre Auswahl und versuchen Sie es noch einmal.',
    'interests.error.unknown':
      'Das hat nicht geklappt. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
  },
  en: {
    'interests.title': 'My interests',
    'interests.lead':
      'Choose what the app tells you about with a notification on this device. You need no account for this.',
    'interests.loading': 'Loading topics …',
    'interests.loadFailed': 'The notification topics could not be loaded. You may be offline.',
    'interests.retry': 'Try again',
    'interests.noTopics': 'There are no topics to follow yet.',
    'interests.state.unsupported.title': 'This browser cannot receive notifications',
    'interests.state.unsupported.text':
      'Open the app in a current browser such as Firefox, Chrome, Edge or Safari to get notifications. You will find all news in the app anyway.',
    'interests.state.needsInstall.title': 'Add the app to your home screen first',
    'interests.state.needsInstall.text':
      'On iPhone and iPad, notifications work only in the app on the home screen: in Safari, tap “Share”, then “Add to Home Screen”. Then open the app from the new icon and come back here.',
    'interests.state.denied.title': 'Notifications are blocked',
    'interests.state.denied.text':
      'You declined notifications for this app in your browser. To allow them again, tap the padlock or settings icon next to the address, set “Notifications” to “Allow” and reload the page. In the installed app, use your device’s notification settings.',
    'interests.state.off.title': 'Notifications are off',
    'interests.state.off.text':
      'Choose your topics and switch notifications on. Your browser will ask for permission once.',
    'interests.state.on.title': 'Notifications are on',
    'interests.state.on.text': 'You get notifications about the chosen topics on this device.',
    'interests.fieldOther': 'More topics',
    'interests.topicsRequired': 'Please choose at least one topic.',
    'interests.areas': 'Districts',
    'interests.areasHint':
      'With none chosen, you get notifications for the whole town. With some chosen, you get those for the whole town and for your districts.',
    'interests.quiet': 'Quiet hours',
    'interests.quietHint':
      'During this time the app holds notifications back and sends them together afterwards.',
    'interests.quietUse': 'Use quiet hours',
    'interests.quietFrom': 'From (time)',
    'interests.quietTo': 'Until (time)',
    'interests.quietInvalid': 'Please enter a time such as 22:00.',
    'interests.quietSame': 'Quiet hours must start and end at different times.',
    'interests.language': 'You get notifications in English, the language of the app.',
    'interests.subscribe': 'Switch notifications on',
    'interests.save': 'Save choice',
    'interests.saved': 'Your choice has been saved.',
    'interests.subscribed': 'Notifications are on. Your choice has been saved.',
    'interests.test': 'Send a test notification',
    'interests.testSent': 'The test notification is on its way. It should appear shortly.',
    'interests.testTooSoon': 'Please wait a few seconds before the next test notification.',
    'interests.unsubscribe': 'Switch notifications off',
    'interests.unsubscribed': 'Notifications are off. Your choice stays saved for later.',
    'interests.dismissed':
      'You closed the question about notifications without choosing. Try again if you like.',
    'interests.noServiceWorker':
      'The app has not finished loading. Please reload the page and try again.',
    'interests.data': 'My data',
    'interests.dataHint':
      'For this device the town stores only your choice, the address for notifications and a log of deliveries.',
    'interests.export': 'Download my data',
    'interests.exportNothing': 'Nothing is stored for this device.',
    'interests.delete': 'Delete my data',
    'interests.deleteConfirm':
      'Really delete everything? Notifications will be switched off and your choice deleted.',
    'interests.deleteYes': 'Yes, delete everything',
    'interests.deleteNo': 'Cancel',
    'interests.deleted': 'Your data has been deleted.',
    'error.network':
      'No connection to the server. Please check your internet connection and try again.',
    'interests.error.denied':
      'Your browser blocks notifications for this app. Tap the padlock or settings icon next to the address, set “Notifications” to “Allow” and reload the page.',
    'interests.error.gesture':
      'Your browser only asks when you tap yourself. Please tap “Switch notifications on” again.',
    'interests.error.pushService':
      'Your browser’s notification service cannot be reached right now, so notifications could not be switched on. Check your internet connection and try again in a few minutes. If it keeps failing, the service may be switched off in your browser (for example by privacy settings); another current browser will help then.',
    'interests.error.serverDown':
      'The app’s server has a problem right now. Your choice has not been saved. Please try again later.',
    'interests.error.serverRefused':
      'The server did not accept your choice. Please reload the page, check your choice and try again.',
    'interests.error.unknown': 'That did not work. Please reload the page and try again.',
  },
} satisfies MessageCatalogue;
