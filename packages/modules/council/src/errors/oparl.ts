import { defineErrors, errorRaiser } from '@city-app/core';

/** What syncing the council information system through OParl can run into, in both languages. */
export const oparlErrors = defineErrors({
  council_oparl_unreachable: {
    status: 502,
    exit: 'problems',
    title: {
      de: 'Ratsinformationssystem nicht erreichbar',
      en: 'Council information system not available',
    },
    message: {
      de: 'Die Adresse {url} ließ sich nicht abrufen: {reason}.',
      en: 'The address {url} could not be fetched: {reason}.',
    },
    hint: {
      de: 'Prüfen Sie die Adresse im Browser; ist sie richtig, versucht die App es beim nächsten Abgleich wieder.',
      en: 'Check the address in a browser; if it is right, the app tries again at the next sync.',
    },
  },
  council_oparl_unreadable: {
    status: 502,
    exit: 'problems',
    title: { de: 'Keine lesbare OParl-Antwort', en: 'No readable OParl answer' },
    message: {
      de: 'Die Antwort von {url} ist kein lesbares OParl: {reason}.',
      en: 'The answer from {url} is no readable OParl: {reason}.',
    },
    hint: {
      de: 'Nennen Sie unter modules.council.oparl.system die Adresse des OParl-Objekts „System“; der Hersteller des Ratsinformationssystems kennt sie.',
      en: 'Give the address of the OParl "System" object under modules.council.oparl.system; the vendor of the council information system knows it.',
    },
  },
  council_oparl_too_large: {
    status: 502,
    exit: 'problems',
    title: { de: 'Antwort zu groß', en: 'Answer too large' },
    message: {
      de: 'Die Antwort von {url} ist größer als {limit}.',
      en: 'The answer from {url} is larger than {limit}.',
    },
    hint: {
      de: 'Bitten Sie den Hersteller, Listen in kleineren Seiten auszuliefern.',
      en: 'Ask the vendor to deliver lists in smaller pages.',
    },
  },
  council_oparl_address_refused: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Adresse nicht erlaubt', en: 'Address not allowed' },
    message: {
      de: 'Die Adresse {url} wird nicht abgerufen: {reason}.',
      en: 'The address {url} is not fetched: {reason}.',
    },
    hint: {
      de: 'OParl-Adressen müssen mit https:// beginnen; http ist nur auf demselben Rechner erlaubt.',
      en: 'OParl addresses must start with https://; http is allowed only on the same machine.',
    },
  },
  council_other_system: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Anderes Ratsinformationssystem', en: 'Another council information system' },
    message: {
      de: 'Die Datei nennt das System {given}, eingestellt ist aber {configured}.',
      en: 'The file names the system {given}, but {configured} is set.',
    },
    hint: {
      de: 'Importieren Sie das eingestellte System, oder ändern Sie modules.council.oparl.system.',
      en: 'Import the system that is set, or change modules.council.oparl.system.',
    },
  },
});

export const oparlError = errorRaiser(oparlErrors);
