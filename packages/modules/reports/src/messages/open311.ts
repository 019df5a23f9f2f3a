/** What the Open311 server writes into its answers (notices, the discovery document). */
export const open311Messages = {
  de: {
    'reports.open311.received':
      'Ihre Meldung ist eingegangen. Sie wird öffentlich, sobald die Stadt sie geprüft hat.',
    'reports.open311.mediaIgnored':
      'Ein Foto per media_url wird nicht übernommen; Fotos nimmt nur die App der Stadt an.',
    'reports.open311.keyService':
      'API-Schlüssel zum Melden vergibt die Stadtverwaltung (Mängelmelder).',
    'reports.open311.serviceDescription': '{category} — zuständig: {department}',
  },
  en: {
    'reports.open311.received':
      'Your request has been received. It becomes public once the town has reviewed it.',
    'reports.open311.mediaIgnored':
      'A photo sent as media_url is not taken over; only the town’s app accepts photos.',
    'reports.open311.keyService':
      'API keys for reporting are issued by the town hall (defect reports).',
    'reports.open311.serviceDescription': '{category} — handled by: {department}',
  },
};
