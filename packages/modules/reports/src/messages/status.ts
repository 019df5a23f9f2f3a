import type { MessageCatalogue } from '@city-app/core';

/** A report's statuses and closing reasons, as residents and staff read them. */
export const statusMessages = {
  de: {
    'reports.status.new': 'Neu',
    'reports.status.confirmed': 'Bestätigt',
    'reports.status.in_progress': 'In Bearbeitung',
    'reports.status.fixed': 'Erledigt',
    'reports.status.closed': 'Geschlossen',
    'reports.closingReason.duplicate': 'Schon gemeldet',
    'reports.closingReason.not_responsible': 'Die Stadt ist nicht zuständig',
    'reports.closingReason.not_found': 'Vor Ort nichts gefunden',
    'reports.closingReason.no_action_needed': 'Kein Handlungsbedarf',
    'reports.closingReason.other': 'Anderer Grund',
    'reports.moderation.pending': 'Wartet auf Prüfung',
    'reports.moderation.public': 'Öffentlich',
    'reports.moderation.hidden': 'Verborgen',
  },
  en: {
    'reports.status.new': 'New',
    'reports.status.confirmed': 'Confirmed',
    'reports.status.in_progress': 'In progress',
    'reports.status.fixed': 'Fixed',
    'reports.status.closed': 'Closed',
    'reports.closingReason.duplicate': 'Already reported',
    'reports.closingReason.not_responsible': 'The town is not responsible',
    'reports.closingReason.not_found': 'Nothing found on site',
    'reports.closingReason.no_action_needed': 'No action needed',
    'reports.closingReason.other': 'Another reason',
    'reports.moderation.pending': 'Waiting for review',
    'reports.moderation.public': 'Public',
    'reports.moderation.hidden': 'Hidden',
  },
} satisfies MessageCatalogue;
