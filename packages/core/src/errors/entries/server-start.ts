import { defineErrors } from '../entry.js';

/**
 * Refusals while a town's server starts: a setting it cannot use or modules given wrongly.
 * They stop the start (status 500, never sent to a resident) and tell the operator what to fix.
 */
export const serverStartErrors = defineErrors({
  setting_not_whole_number: {
    code: 'invalid_environment',
    status: 500,
    exit: 'invalid_input',
    title: { de: 'Ungültige Einstellung {setting}', en: 'Invalid {setting}' },
    message: {
      de: '{setting} muss eine ganze Zahl sein, ist aber „{value}“.',
      en: '{setting} must be a whole number, got "{value}".',
    },
    hint: {
      de: 'Setzen Sie {setting} auf eine Zahl wie 3000, oder entfernen Sie die Einstellung.',
      en: 'Set {setting} to a number such as 3000, or unset it.',
    },
  },
  port_in_use: {
    code: 'invalid_environment',
    status: 500,
    exit: 'invalid_input',
    title: { de: 'Port belegt', en: 'Port in use' },
    message: {
      de: 'Port {port} auf {host} ist schon belegt.',
      en: 'Port {port} on {host} is already in use.',
    },
    hint: {
      de: 'Beenden Sie den anderen Server, oder setzen Sie PORT auf einen freien Port.',
      en: 'Stop the other server or set PORT to a free port.',
    },
  },
  duplicate_module: {
    status: 500,
    exit: 'invalid_input',
    title: { de: 'Modul doppelt angegeben', en: 'Module given twice' },
    message: {
      de: 'Zwei Server-Module haben die Kennung „{id}“.',
      en: 'Two server modules have the id "{id}".',
    },
    hint: {
      de: 'Geben Sie jedes Modul nur einmal in der Option `modules` von createCityServer an.',
      en: 'Pass each module once in the `modules` option of createCityServer.',
    },
  },
});
