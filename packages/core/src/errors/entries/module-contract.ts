import { defineErrors } from '../entry.js';

// What a module author meets when `defineModuleMeta` or `defineModule` refuses a manifest.
const invalidManifest = {
  code: 'invalid_module_manifest',
  status: 400,
  exit: 'invalid_input',
  title: { de: 'Ungültiges Modul-Manifest', en: 'Invalid module manifest' },
  hint: {
    de: 'Der Modulvertrag ist in docs/modules.md beschrieben.',
    en: 'See docs/modules.md for the module contract.',
  },
} as const;

/**
 * A module that breaks its contract, refused where it is declared. The browser raises these
 * from this file alone (not through the catalogue), so the home screen carries only them.
 * The list checks (screens, personal data, starter content, capabilities) report their
 * findings as `{problems}` in English: a module's author reads them, no resident does.
 */
export const moduleContractErrors = defineErrors({
  module_manifest_invalid_id: {
    ...invalidManifest,
    message: {
      de: 'Modul „{id}“: Die ID muss aus 2–40 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen und mit einem Buchstaben beginnen.',
      en: 'Module "{id}": the id must be 2–40 lower-case letters, digits or hyphens, starting with a letter.',
    },
  },
  module_manifest_unknown_field_of_action: {
    ...invalidManifest,
    message: {
      de: 'Modul „{id}“: „{field}“ ist kein Handlungsfeld ({known}).',
      en: 'Module "{id}": "{field}" is not a field of action ({known}).',
    },
  },
  module_manifest_missing_translations: {
    ...invalidManifest,
    message: {
      de: 'Modul „{id}“: Diesen Texten fehlt die Übersetzung: {keys}',
      en: 'Module "{id}": messages lack translations: {keys}',
    },
  },
  module_manifest_config_needs_defaults: {
    ...invalidManifest,
    message: {
      de: 'Modul „{id}“: Sein Konfigurationsschema muss {empty} annehmen – geben Sie jeder Option einen Standardwert.',
      en: 'Module "{id}": its config schema must accept {empty} — give every option a default.',
    },
  },
  module_manifest_screens: {
    ...invalidManifest,
    message: {
      de: 'Modul „{id}“: Die Bildschirme sind fehlerhaft deklariert: {problems}',
      en: 'Module "{id}": {problems}',
    },
  },
  module_manifest_personal_data: {
    ...invalidManifest,
    message: {
      de: 'Modul „{id}“: Die Angaben zu personenbezogenen Daten sind unvollständig: {problems}',
      en: 'Module "{id}": {problems}',
    },
  },
  module_manifest_starter: {
    ...invalidManifest,
    message: {
      de: 'Modul „{id}“: Die Startinhalte sind fehlerhaft deklariert: {problems}',
      en: 'Module "{id}": {problems}',
    },
  },
  module_manifest_uses: {
    ...invalidManifest,
    message: {
      de: 'Modul „{id}“: Die genutzten Fähigkeiten (uses) sind fehlerhaft: {problems}',
      en: 'Module "{id}": {problems}',
    },
  },
  module_importer_options: {
    ...invalidManifest,
    message: {
      de: 'Modul „{id}“: Die Optionen seiner Importe sind fehlerhaft: {problems}',
      en: 'Module "{id}": {problems}',
    },
  },
  module_body_limit_invalid: {
    ...invalidManifest,
    message: {
      de: 'Modul „{id}“: Die Grenze für {route} ist ungültig: Methode POST, PUT oder PATCH, ein Pfad ohne Parameter und 1 bis {max} Bytes.',
      en: 'Module "{id}": the body limit of {route} is invalid: method POST, PUT or PATCH, a path without parameters and 1 to {max} bytes.',
    },
  },
  web_manifest_with_config_schema: {
    status: 500,
    exit: 'invalid_input',
    title: {
      de: 'Manifest mit Konfigurationsschema im Browser',
      en: 'Manifest with a config schema in the browser',
    },
    message: {
      de: 'Der Web-Teil des Moduls „{id}“ erhält ein Manifest mit configSchema: das zod-Schema käme so auf den ersten Bildschirm der Einwohnerinnen und Einwohner.',
      en: 'The web part of the module "{id}" is given a manifest with a configSchema: the zod schema would end up on the residents’ first screen.',
    },
    hint: {
      de: 'Geben Sie defineWebModule die reinen Daten aus defineModuleMeta; das Schema bleibt im Manifest des Servers, und die Seiten lesen die Optionen mit useModule().',
      en: 'Give defineWebModule the plain data from defineModuleMeta; the schema stays in the server’s manifest, and screens read the options with useModule().',
    },
  },
});
