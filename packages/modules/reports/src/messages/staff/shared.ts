import type { MessageCatalogue } from '@city-app/core';

/** Words every staff screen of the reports module shares: its navigation, form errors, ages, a change by someone else. */
export const sharedWords = {
  de: {
    'reports.staff.nav.label': 'Bereiche des Mängelmelders',
    'reports.staff.nav.inbox': 'Eingang',
    'reports.staff.nav.templates': 'Textbausteine',
    'reports.staff.nav.apiKeys': 'Schnittstelle',
    'reports.staff.form.errors': 'Bitte prüfen Sie Ihre Angaben',
    'reports.staff.days.one': '{days} Tag',
    'reports.staff.days.other': '{days} Tage',
    'reports.staff.conflict.title': 'Inzwischen geändert',
    'reports.staff.conflict.text':
      'Jemand anderes hat diese Meldung gerade geändert oder zusammengeführt. Sie sehen jetzt ihren neuen Stand; prüfen Sie, ob Ihre Änderung noch nötig ist.',
  },
  en: {
    'reports.staff.nav.label': 'Sections of the defect reports',
    'reports.staff.nav.inbox': 'Inbox',
    'reports.staff.nav.templates': 'Response templates',
    'reports.staff.nav.apiKeys': 'Interface',
    'reports.staff.form.errors': 'Please check what you entered',
    'reports.staff.days.one': '{days} day',
    'reports.staff.days.other': '{days} days',
    'reports.staff.conflict.title': 'Changed in the meantime',
    'reports.staff.conflict.text':
      'Someone else has just changed or merged this report. You now see it as it is; check whether your change is still needed.',
  },
} satisfies MessageCatalogue;
