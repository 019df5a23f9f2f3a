import type { MessageCatalogue } from '@city-app/core';

/** The column heads of the staff's CSV export, in the language of the request. */
export const exportMessages = {
  de: {
    'reports.export.publicId': 'Nummer',
    'reports.export.reportedAt': 'Gemeldet am',
    'reports.export.category': 'Kategorie',
    'reports.export.department': 'Zuständig',
    'reports.export.status': 'Stand',
    'reports.export.closingReason': 'Grund des Schließens',
    'reports.export.moderation': 'Prüfung',
    'reports.export.latitude': 'Breitengrad',
    'reports.export.longitude': 'Längengrad',
    'reports.export.address': 'Adresse',
    'reports.export.description': 'Beschreibung',
    'reports.export.assignee': 'Bearbeitet von',
    'reports.export.fixedAt': 'Erledigt am',
    'reports.export.mergedInto': 'Zusammengeführt mit',
  },
  en: {
    'reports.export.publicId': 'Number',
    'reports.export.reportedAt': 'Reported at',
    'reports.export.category': 'Category',
    'reports.export.department': 'Department',
    'reports.export.status': 'Status',
    'reports.export.closingReason': 'Closing reason',
    'reports.export.moderation': 'Review',
    'reports.export.latitude': 'Latitude',
    'reports.export.longitude': 'Longitude',
    'reports.export.address': 'Address',
    'reports.export.description': 'Description',
    'reports.export.assignee': 'Assigned to',
    'reports.export.fixedAt': 'Fixed at',
    'reports.export.mergedInto': 'Merged into',
  },
} satisfies MessageCatalogue;
