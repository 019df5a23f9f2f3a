import { defineErrors } from '../entry.js';

/**
 * A module that breaks its contract, refused where it is declared. The browser raises these
 * from this file alone (not through the catalogue), so the home screen carries only them.
 */
export const moduleContractErrors = defineErrors({
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
