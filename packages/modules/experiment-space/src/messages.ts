import type { MessageCatalogue } from '@city-app/core';

/**
 * Strings shared by the screens and the server, German first. Keys start with
 * `experiment-space.`. The screens add their own keys here.
 */
export const messages = {
  de: {
    'experiment-space.title': 'Digitaler Experimentierraum',
    'experiment-space.status.pending': 'Wartet auf Freigabe',
    'experiment-space.status.confirmed': 'Bestätigt',
    'experiment-space.status.checked_in': 'Eingecheckt',
    'experiment-space.status.no_show': 'Nicht erschienen',
    'experiment-space.status.cancelled': 'Storniert',
    'experiment-space.status.declined': 'Abgelehnt',
    'experiment-space.status.waiting': 'Auf der Warteliste',
    'experiment-space.status.offered': 'Platz angeboten',
    'experiment-space.status.expired': 'Angebot abgelaufen',
    'experiment-space.status.withdrawn': 'Von der Warteliste genommen',
    'experiment-space.group.resident': 'Privatperson',
    'experiment-space.group.school': 'Schulklasse',
    'experiment-space.group.association': 'Verein',
    'experiment-space.group.business': 'Unternehmen',
    'experiment-space.group.education_provider': 'Bildungsträger',
  },
  en: {
    'experiment-space.title': 'Digital experiment space',
    'experiment-space.status.pending': 'Awaiting approval',
    'experiment-space.status.confirmed': 'Confirmed',
    'experiment-space.status.checked_in': 'Checked in',
    'experiment-space.status.no_show': 'Did not come',
    'experiment-space.status.cancelled': 'Cancelled',
    'experiment-space.status.declined': 'Declined',
    'experiment-space.status.waiting': 'On the waitlist',
    'experiment-space.status.offered': 'Place offered',
    'experiment-space.status.expired': 'Offer expired',
    'experiment-space.status.withdrawn': 'Left the waitlist',
    'experiment-space.group.resident': 'Private person',
    'experiment-space.group.school': 'School class',
    'experiment-space.group.association': 'Association',
    'experiment-space.group.business': 'Business',
    'experiment-space.group.education_provider': 'Education provider',
  },
} satisfies MessageCatalogue;
