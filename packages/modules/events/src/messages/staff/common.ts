/** What every staff screen of the events module shares: navigation, loading, failures, marks. */
export const staffCommonMessages = {
  de: {
    'events.staff.title': 'Veranstaltungen verwalten',
    'events.staff.nav.label': 'Bereiche der Veranstaltungen',
    'events.staff.nav.events': 'Veranstaltungen',
    'events.staff.nav.new': 'Neue Veranstaltung',
    'events.staff.nav.venues': 'Veranstaltungsorte',
    'events.staff.form.errors': 'Bitte prüfen Sie Ihre Angaben',
    'events.staff.sample': 'Beispiel',
    'events.staff.sampleHint': 'Beispielinhalt der Stadt-App, kein echter Eintrag.',
  },
  en: {
    'events.staff.title': 'Manage events',
    'events.staff.nav.label': 'Event sections',
    'events.staff.nav.events': 'Events',
    'events.staff.nav.new': 'New event',
    'events.staff.nav.venues': 'Venues',
    'events.staff.form.errors': 'Please check your entries',
    'events.staff.sample': 'Sample',
    'events.staff.sampleHint': 'Sample content of the city app, not a real entry.',
  },
};
