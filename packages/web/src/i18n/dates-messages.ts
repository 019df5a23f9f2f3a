import type { MessageCatalogue } from '@city-app/core';

/** Words of "Meine Termine". Loaded with its page, not with the first screen. */
export const datesMessages = {
  de: {
    'dates.title': 'Meine Termine',
    'dates.lead':
      'Ihre Buchungen und Kursplätze aus allen Bereichen der App. Sie sind an dieses Gerät gebunden, ein Konto brauchen Sie nicht.',
    'dates.upcoming': 'Kommende Termine',
    'dates.none': 'Sie haben keine kommenden Termine.',
    'dates.noInstallation':
      'Noch keine Termine auf diesem Gerät. Termine erscheinen hier, wenn Sie beim Buchen Benachrichtigungen auf diesem Gerät erlauben.',
    'dates.incomplete': 'Einige Termine konnten gerade nicht geladen werden: {modules}.',
    'dates.more': 'Weitere Termine laden',
    'dates.allDay': 'ganztägig',
    'dates.status.tentative': 'vorläufig',
    'dates.status.cancelled': 'abgesagt',
    'dates.where': 'Ort',
    'dates.calendar': 'Kalender abonnieren',
    'dates.calendarLead':
      'Mit einem privaten Link zeigt der Kalender Ihres Telefons diese Termine und hält sie aktuell. Wer den Link kennt, sieht Ihre Termine: Geben Sie ihn nicht weiter.',
    'dates.subscribe': 'Kalender abonnieren',
    'dates.renew': 'Link erneuern',
    'dates.renewHint': 'Ein neuer Link ersetzt den alten; der alte funktioniert dann nicht mehr.',
    'dates.end': 'Abo beenden',
    'dates.ended': 'Das Kalender-Abo ist beendet. Der Link funktioniert nicht mehr.',
    'dates.active':
      'Ein Kalender-Abo besteht seit {date}. Den Link zeigen wir nur einmal; erneuern Sie ihn, um ihn wieder zu sehen.',
    'dates.openInCalendar': 'Im Kalender öffnen (webcal)',
    'dates.linkLabel': 'Link zum Kopieren (https)',
    'dates.linkMade': 'Ihr privater Kalender-Link ist bereit.',
    'dates.failed': 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
  },
  en: {
    'dates.title': 'My dates',
    'dates.lead':
      'Your bookings and course places from every part of the app. They belong to this device; you need no account.',
    'dates.upcoming': 'Upcoming dates',
    'dates.none': 'You have no upcoming dates.',
    'dates.noInstallation':
      'No dates on this device yet. Dates appear here when you allow notifications on this device while booking.',
    'dates.incomplete': 'Some dates could not be loaded just now: {modules}.',
    'dates.more': 'Load more dates',
    'dates.allDay': 'all day',
    'dates.status.tentative': 'provisional',
    'dates.status.cancelled': 'cancelled',
    'dates.where': 'Place',
    'dates.calendar': 'Subscribe in your calendar',
    'dates.calendarLead':
      'With a private link, your phone’s calendar shows these dates and keeps them up to date. Anyone with the link sees your dates: do not pass it on.',
    'dates.subscribe': 'Subscribe in calendar',
    'dates.renew': 'Renew link',
    'dates.renewHint': 'A new link replaces the old one, which then stops working.',
    'dates.end': 'End subscription',
    'dates.ended': 'The calendar subscription has ended. The link no longer works.',
    'dates.active':
      'A calendar subscription exists since {date}. The link is shown only once; renew it to see it again.',
    'dates.openInCalendar': 'Open in calendar (webcal)',
    'dates.linkLabel': 'Link to copy (https)',
    'dates.linkMade': 'Your private calendar link is ready.',
    'dates.failed': 'That did not work. Please try again.',
  },
} satisfies MessageCatalogue;
