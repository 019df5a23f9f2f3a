import { defineErrors, errorRaiser } from '@city-app/core';

/** What the residents' routes refuse beyond core's common cases. */
export const residentErrors = defineErrors({
  waste_search_without_letters: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Suche ohne Buchstaben', en: 'Search without letters' },
    message: {
      de: '„{q}“ enthält keine Buchstaben oder Ziffern, nach denen gesucht werden kann.',
      en: '"{q}" has no letters or digits to search for.',
    },
    hint: {
      de: 'Geben Sie den Anfang des Straßennamens ein, z. B. „Bahnhofstr“.',
      en: 'Type the beginning of the street name, e.g. "Bahnhofstr".',
    },
  },
  waste_range_reversed: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Zeitraum verkehrt herum', en: 'Range the wrong way round' },
    message: {
      de: 'Das Ende ({to}) liegt vor dem Anfang ({from}).',
      en: 'The end ({to}) is before the start ({from}).',
    },
    hint: { de: 'Tauschen Sie die beiden Daten.', en: 'Swap the two dates.' },
  },
  waste_range_too_long: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Zeitraum zu lang', en: 'Range too long' },
    message: {
      de: 'Es können höchstens {days} Tage auf einmal abgefragt werden.',
      en: 'At most {days} days can be asked for at once.',
    },
    hint: {
      de: 'Fragen Sie einen kürzeren Zeitraum ab.',
      en: 'Ask for a shorter range.',
    },
  },
  waste_unknown_type: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Unbekannte Abfallart', en: 'Unknown waste type' },
    message: {
      de: '„{type}“ ist keine Abfallart dieses Kalenders.',
      en: '"{type}" is not a waste type of this calendar.',
    },
    hint: { de: 'Bekannte Abfallarten: {known}.', en: 'Known waste types: {known}.' },
  },
});

/** `throw residentError('waste_range_too_long', { days }, { field: 'to' })`. */
export const residentError = errorRaiser(residentErrors);
