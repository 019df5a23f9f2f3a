import { defineErrors, errorRaiser } from '@city-app/core';

/**
 * What forwarding reports to an outside Open311 server fails with. Staff read these in the
 * source's health and on the report; residents never see them.
 */
export const forwardingErrors = defineErrors({
  reports_forward_key_missing: {
    status: 502,
    exit: 'problems',
    title: { de: 'Schlüssel fehlt', en: 'Key missing' },
    message: {
      de: 'Für die Weiterleitung an „{target}“ ist kein API-Schlüssel gesetzt ({variable}).',
      en: 'No API key is set for forwarding to "{target}" ({variable}).',
    },
    hint: {
      de: 'Tragen Sie den Schlüssel, den Sie von dort bekommen haben, in der Umgebung des Servers ein und starten Sie ihn neu.',
      en: 'Put the key you got from there into the server’s environment and restart it.',
    },
  },
  reports_forward_refused: {
    status: 502,
    exit: 'problems',
    title: { de: 'Weiterleitung abgelehnt', en: 'Forwarding refused' },
    message: {
      de: '„{target}“ hat die Meldung {publicId} abgelehnt: {detail}',
      en: '"{target}" refused report {publicId}: {detail}',
    },
    hint: {
      de: 'Prüfen Sie Schlüssel und Zuordnung der Kategorien; die Meldung bleibt bei Ihnen.',
      en: 'Check the key and the categories’ service codes; the report stays with you.',
    },
  },
  reports_forward_unreachable: {
    status: 502,
    exit: 'problems',
    title: { de: 'Gegenstelle nicht erreichbar', en: 'Server not reachable' },
    message: {
      de: '„{target}“ war nicht zu erreichen oder antwortete nicht verständlich ({detail}).',
      en: '"{target}" could not be reached or gave no usable answer ({detail}).',
    },
    hint: {
      de: 'Es wird später wieder versucht. Hält der Fehler an, fragen Sie dort nach.',
      en: 'It is tried again later. If it persists, ask them.',
    },
  },
  reports_forward_none: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Nicht weitergeleitet', en: 'Not forwarded' },
    message: {
      de: 'Die Meldung {publicId} wird nicht weitergeleitet.',
      en: 'Report {publicId} is not forwarded.',
    },
    hint: {
      de: 'Nur bestätigte Meldungen der weitergeleiteten Kategorien gehen nach außen.',
      en: 'Only confirmed reports of forwarded categories go out.',
    },
  },
});

export const forwardingError = errorRaiser(forwardingErrors);
