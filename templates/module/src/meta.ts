import { defineModuleMeta } from '@city-app/core';

/** The module as plain data: the browser bundle carries this, without the config schema. */
export const meta = defineModuleMeta({
  id: '{{id}}',
  title: { de: '{{title}}', en: '{{title}}' },
  description: { de: '{{title}} in der City-App.', en: '{{title}} in the city app.' },
  field: '{{field}}',
  // A module on the booking core or notifications says so (`uses: ['booking', 'notify']`):
  // the kernel sets up their tables once, before the module's own migrations.
  // The screens' paths below `/{{id}}`; the web part gives each its screen, and the server
  // answers any other page there with 404.
  screens: { resident: [''] },
  // What personal data the module stores, for the town's privacy page (docs/modules.md).
  // Its entries need no personal data; declare each kind here once they do.
  personalData: [],
  messages: {
    de: { '{{id}}.title': '{{title}}', '{{id}}.empty': 'Noch keine Einträge.' },
    en: { '{{id}}.title': '{{title}}', '{{id}}.empty': 'No entries yet.' },
  },
});
