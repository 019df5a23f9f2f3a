import { defineErrors, errorRaiser } from '@city-app/core';

const invalid = { status: 400, exit: 'invalid_input' } as const;

/** A service code the town does not have: 400 in a new request, 404 as a definition's address. */
const serviceUnknown = {
  title: { de: 'Unbekannter Dienst', en: 'Unknown service' },
  message: {
    de: 'service_code: Einen Dienst „{code}“ gibt es in dieser Stadt nicht.',
    en: 'service_code: There is no service "{code}" in this town.',
  },
  hint: {
    de: 'Die Dienste stehen unter /open311/v2/services.json.',
    en: 'The services are listed at /open311/v2/services.json.',
  },
} as const;

/**
 * What the Open311 GeoReport v2 server refuses with. Each message names the Open311 field,
 * because the standard's error (`{ code, description }`) has no field of its own.
 */
export const open311Errors = defineErrors({
  open311_format_unknown: {
    ...invalid,
    status: 404,
    title: { de: 'Unbekanntes Format', en: 'Unknown format' },
    message: {
      de: 'Die Adresse muss auf .json oder .xml enden, nicht auf „{format}“.',
      en: 'The address must end in .json or .xml, not "{format}".',
    },
    hint: {
      de: 'Zum Beispiel /open311/v2/services.json.',
      en: 'For example /open311/v2/services.json.',
    },
  },
  open311_not_found: {
    ...invalid,
    status: 404,
    title: { de: 'Nicht gefunden', en: 'Not found' },
    message: {
      de: 'Unter {path} gibt es nichts.',
      en: 'There is nothing at {path}.',
    },
    hint: {
      de: 'Das Verzeichnis der Dienste steht unter /open311/discovery.json.',
      en: 'The discovery document is at /open311/discovery.json.',
    },
  },
  open311_service_unknown: { ...invalid, ...serviceUnknown },
  open311_service_not_found: { ...invalid, ...serviceUnknown, status: 404 },
  open311_location_missing: {
    ...invalid,
    title: { de: 'Ort fehlt', en: 'Location missing' },
    message: {
      de: 'lat/long: Die Meldung braucht einen Ort: lat und long zusammen, oder address_string.',
      en: 'lat/long: The request needs a location: lat and long together, or address_string.',
    },
    hint: {
      de: 'Senden Sie lat und long in Grad (WGS 84) oder eine Adresse in address_string.',
      en: 'Send lat and long in degrees (WGS 84) or an address in address_string.',
    },
  },
  open311_field_invalid: {
    ...invalid,
    title: { de: 'Ungültige Angabe', en: 'Invalid field' },
    message: {
      de: '{field}: Dieser Wert fehlt, ist zu lang oder hat die falsche Form.',
      en: '{field}: This value is missing, too long or malformed.',
    },
    hint: {
      de: 'Die Grenzen stehen in der Dokumentation des Mängelmelders.',
      en: 'The limits are in the defect reports module’s documentation.',
    },
  },
  open311_api_key_invalid: {
    ...invalid,
    status: 403,
    title: { de: 'API-Schlüssel ungültig', en: 'Invalid API key' },
    message: {
      de: 'api_key: Der Schlüssel fehlt, ist unbekannt oder wurde widerrufen.',
      en: 'api_key: The key is missing, unknown or revoked.',
    },
    hint: {
      de: 'API-Schlüssel vergibt die Stadtverwaltung (Mängelmelder).',
      en: 'API keys are issued by the town hall (defect reports).',
    },
  },
  open311_request_not_found: {
    ...invalid,
    status: 404,
    title: { de: 'Meldung nicht gefunden', en: 'Request not found' },
    message: {
      de: 'service_request_id: Eine öffentliche Meldung {id} gibt es nicht.',
      en: 'service_request_id: There is no public request {id}.',
    },
    hint: {
      de: 'Meldungen erscheinen, sobald die Stadt sie geprüft hat.',
      en: 'Requests appear once the town has reviewed them.',
    },
  },
  open311_api_key_not_found: {
    ...invalid,
    status: 404,
    title: { de: 'API-Schlüssel nicht gefunden', en: 'API key not found' },
    message: {
      de: 'Einen API-Schlüssel mit dieser Kennung gibt es nicht.',
      en: 'There is no API key with this id.',
    },
    hint: { de: 'Laden Sie die Liste neu.', en: 'Reload the list.' },
  },
  open311_internal: {
    status: 500,
    exit: 'unexpected',
    title: { de: 'Interner Fehler', en: 'Internal error' },
    message: {
      de: 'Die Anfrage ist auf dem Server gescheitert.',
      en: 'The request failed on the server.',
    },
    hint: { de: 'Versuchen Sie es später erneut.', en: 'Try again later.' },
  },
});

export const open311Error = errorRaiser(open311Errors);
